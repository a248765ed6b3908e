namespace TipLine.Web.Office.Sessions;

/// <summary>What the (Data Protection encrypted) staff cookie carries besides the user's id, organisation and roles.</summary>
internal static class StaffSessionClaims
{
    /// <summary>The StaffSessions row this cookie belongs to.</summary>
    public const string SessionId = "tipline:session";

    /// <summary>Base64 of the 32-byte secret that unseals the session row's key; it exists only in this cookie.</summary>
    public const string KeySecret = "tipline:key-secret";

    /// <summary>The user's chosen back-office language at sign-in (en, fr, es).</summary>
    public const string Language = "tipline:language";

    /// <summary>Key under which the session's sealed key is kept in HttpContext.Items for the rest of the request.</summary>
    public const string SealedKeyItem = "tipline:sealed-key";
}
