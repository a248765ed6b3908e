namespace TipLine.Web.Office.Sessions;

/// <summary>Back-office session settings (section "TipLine:Office").</summary>
public sealed class OfficeSessionOptions
{
    public const string Section = "TipLine:Office";

    /// <summary>Minutes without a request after which the session ends and the key is gone.</summary>
    public int IdleMinutes { get; set; } = 30;
}
