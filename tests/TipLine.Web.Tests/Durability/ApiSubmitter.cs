using TipLine.Application.Intake.Plaintext;
using TipLine.Web.Tests.Intake;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// Sends a tip as the browser's script does with JavaScript on (ADR 0017), through the tests' stand-in for the
/// script (<see cref="ApiClient"/>). The receipt counts as shown only once the tip POST answered 201, since that is
/// when the browser shows it.
/// </summary>
internal sealed class ApiSubmitter(HttpClient client, ApiClientIntakePage page)
{
    public const string Path = "JSON API";

    private readonly ApiClient api = new(client, "en");

    public async Task<AcknowledgedTip> SubmitAsync(PlantedTip tip)
    {
        ArgumentNullException.ThrowIfNull(tip);
        var answers = new TipAnswers
        {
            Language = "en",
            Species = "live tortoises",
            Description = tip.Description,
            Files = tip.Files.Select(f => new AttachmentDescription(f.Name, f.MediaType, f.Content.Length)).ToList(),
        };
        using var sealedTip = await api.SubmitTipAsync(page, answers, tip.Files.Select(f => f.Content).ToList());
        return tip.Acknowledge(sealedTip.Receipt.Receipt.ToDisplayString(), Path);
    }
}
