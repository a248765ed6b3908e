using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TipLine.Infrastructure.Security;
using TipLine.Web.Localization;
using TipLine.Web.Resources;

namespace TipLine.Web.Intake;

/// <summary>
/// The public settings a page hands its script in a JSON data block: language, deployment salt, receipt Argon2id
/// cost, and the messages the script shows, already in the page's language. Nothing secret goes here.
/// </summary>
public sealed class BrowserPageConfiguration(DeploymentSalt salt, IOptions<ReceiptDerivationOptions> receiptOptions, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>
    /// The JSON for one page: the common settings, <paramref name="pageSettings"/>, and <paramref name="messageKeys"/>
    /// (script name → resource key) translated. Serialized with the default encoder, which escapes '&lt;', so it is
    /// safe inside a script data block.
    /// </summary>
    public string ToJson(IReadOnlyDictionary<string, object> pageSettings, IReadOnlyDictionary<string, string> messageKeys)
    {
        ArgumentNullException.ThrowIfNull(pageSettings);
        ArgumentNullException.ThrowIfNull(messageKeys);
        var argon2 = receiptOptions.Value;
        var settings = new Dictionary<string, object>(pageSettings, StringComparer.Ordinal)
        {
            ["lang"] = PageLanguage.Current,
            ["salt"] = Convert.ToBase64String(salt.Value),
            ["argon2"] = new { memoryKiB = argon2.MemoryKiB, iterations = argon2.Iterations, parallelism = argon2.Parallelism },
            ["messages"] = messageKeys.ToDictionary(pair => pair.Key, pair => localizer[pair.Value].Value, StringComparer.Ordinal),
        };
        return JsonSerializer.Serialize(settings);
    }
}
