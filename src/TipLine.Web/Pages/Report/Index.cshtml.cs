using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Intake.OpenIntakeForm;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Intake;
using TipLine.Web.Intake.NoScript;
using TipLine.Web.Localization;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Report;

/// <summary>
/// The intake form of a channel. With JavaScript the script encrypts in the browser and uses the intake API; this
/// page's POST is the path without JavaScript: the multipart body is streamed and sealed on arrival, and the
/// receipt is shown only after the tip is committed. No cookie, no antiforgery token: there is no session to forge.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableFormValueModelBinding]
public sealed class IndexModel(
    IMediator mediator,
    NoScriptFormReader reader,
    NoScriptTipBuilder builder,
    NoScriptLimiter limiter,
    BrowserPageConfiguration browserConfiguration,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    // Names the script looks up → resource keys.
    private static readonly Dictionary<string, string> ClientMessageKeys = new(StringComparer.Ordinal)
    {
        ["DescriptionRequired"] = "intake.description.required",
        ["TooManyFiles"] = "intake.files.tooMany",
        ["FileTooLarge"] = "intake.files.tooLarge",
        ["Working"] = "client.working",
        ["SolvingProofOfWork"] = "client.solvingProofOfWork",
        ["DerivingKeys"] = "client.derivingKeys",
        ["Encrypting"] = "client.encrypting",
        ["Uploading"] = "client.uploading",
        ["UploadFailed"] = "client.uploadFailed",
        ["SubmitFailed"] = "client.submitFailed",
        ["NetworkError"] = "client.networkError",
    };

    public IntakeForm? Channel { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>What the person typed, shown again after a refusal so nothing needs retyping (files excepted).</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> SelectedTransitCountries { get; private set; } = [];

    /// <summary>Set only after the tip is committed.</summary>
    public string? ReceiptDisplay { get; private set; }

    public string Value(string name) => Values.TryGetValue(name, out var value) ? value : string.Empty;

    public async Task<IActionResult> OnGetAsync(string channel)
    {
        Channel = await mediator.Send(new OpenIntakeForm(channel), HttpContext.RequestAborted);
        return Channel is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string channel)
    {
        Channel = await mediator.Send(new OpenIntakeForm(channel), HttpContext.RequestAborted);
        if (Channel is null)
        {
            return NotFound();
        }

        if (Channel.Recipients.Count == 0)
        {
            return Refuse(StatusCodes.Status409Conflict, "intake.channel.noRecipients");
        }

        if (!limiter.TryAcquireSubmission())
        {
            return Refuse(StatusCodes.Status429TooManyRequests, "service.busy");
        }

        using var tipKey = TipKey.Generate();
        await using var form = await reader.ReadAsync(Request, tipKey.Recipient, Channel.MaximumFiles, Channel.MaximumFileBytes, HttpContext.RequestAborted);
        Remember(form);
        var (answers, problems) = NoScriptTipBuilder.ReadAnswers(form, PageLanguage.Current);
        Errors.AddRange(form.Problems.Concat(problems).Distinct().Select(key => localizer[key].Value));
        if (Errors.Count > 0 || answers is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (command, receipt) = await builder.BuildAsync(
            Channel, tipKey, answers, form.Files.Select(f => f.Ciphertext).ToList(), Acknowledgement.Text(localizer), HttpContext.RequestAborted);
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
        }
        catch (RequestValidationException refused)
        {
            return Refuse(StatusCodes.Status400BadRequest, refused.Problems.Select(p => p.MessageKey).ToArray());
        }

        ReceiptDisplay = receipt.ToDisplayString();
        return Page();
    }

    /// <summary>The configuration the browser script reads from the page (public values only).</summary>
    public string ClientConfigurationJson() => browserConfiguration.ToJson(
        new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["channel"] = Channel!.Slug,
            ["recipients"] = Channel.Recipients,
            ["maximumFileBytes"] = Channel.MaximumFileBytes,
            ["maximumFiles"] = Channel.MaximumFiles,
        },
        ClientMessageKeys);

    private IActionResult Refuse(int status, params string[] keys)
    {
        Errors.AddRange(keys.Select(key => localizer[key].Value));
        Response.StatusCode = status;
        return Page();
    }

    private void Remember(NoScriptForm form)
    {
        foreach (var (name, values) in form.Fields)
        {
            if (values.Count > 0)
            {
                Values[name] = values[0];
            }
        }

        SelectedTransitCountries = form.Values("transitCountries");
    }
}
