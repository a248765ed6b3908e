using Serilog.Core;
using Serilog.Events;

namespace TipLine.Web.Operations;

/// <summary>
/// Last line of defence for logs: a property whose name says it holds a client address, a fingerprinting header, a
/// request body or path, a receipt, a password or tip text is replaced before any sink sees it, whoever logged it
/// (our code, a library, a logging scope). The message still renders, with the value shown as [redacted].
/// </summary>
internal sealed class SensitivePropertyRedactor : ILogEventEnricher
{
    internal const string Redacted = "[redacted]";

    // Compared against the property name lower-cased without separators, so Client_Address, clientAddress and client-address all match.
    private static readonly string[] SensitiveFragments =
    [
        "ipaddress", "clientaddress", "remoteip", "remoteport", "forwarded", "realip", "useragent", "acceptlanguage",
        "referer", "referrer", "header", "cookie", "authorization", "body", "requestform", "formvalue", "querystring", "requestpath",
        "receipt", "password", "passphrase", "secret", "totp", "recoverycode", "tiptext", "description", "contact",
    ];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var name in logEvent.Properties.Keys.Where(IsSensitive).ToList())
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Redacted)));
        }
    }

    internal static bool IsSensitive(string propertyName)
    {
        var normalised = string.Concat(propertyName.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return SensitiveFragments.Any(fragment => normalised.Contains(fragment, StringComparison.Ordinal));
    }
}
