namespace TipLine.Web.Security;

/// <summary>Deployment-specific header settings, bound from the "TipLine" configuration section.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>The onion address to advertise with Onion-Location, e.g. "http://xyz.onion"; empty to send none.</summary>
    public string OnionLocation { get; set; } = string.Empty;
}
