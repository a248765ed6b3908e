using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TipLine.Application.Errors;
using TipLine.Application.FollowUp.MarkStaffMessagesRead;
using TipLine.Application.FollowUp.ReadFollowUp;
using TipLine.Application.FollowUp.ReadReplyLimits;
using TipLine.Application.FollowUp.ReplyAsWhistleblower;
using TipLine.Application.FollowUp.SignInWithReceipt;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Receipts;
using TipLine.Web.AntiAbuse;
using TipLine.Web.FollowUp;
using TipLine.Web.Intake;
using TipLine.Web.Intake.NoScript;
using TipLine.Web.Localization;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.FollowUp;

/// <summary>
/// Coming back with a receipt: status, the acknowledgement and questions, answers and files. Without JavaScript the
/// server opens everything in memory for this request only; with it, the page carries ciphertext the script opens.
/// The only cookie is the follow-up session (SameSite=Strict), so no antiforgery cookie is needed or set.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableFormValueModelBinding]
public sealed partial class IndexModel(
    IMediator mediator,
    FollowUpSession session,
    ServerReceiptKeys receiptKeys,
    NoScriptLimiter limiter,
    NoScriptFormReader reader,
    BrowserPageConfiguration browserConfiguration,
    IOptions<UploadOptions> uploadOptions,
    IStringLocalizer<SharedResource> localizer,
    IStringLocalizer<RewardClaimResource> rewardLocalizer) : PageModel
{
    private static readonly Dictionary<string, string> ClientMessageKeys = new(StringComparer.Ordinal)
    {
        ["ReceiptInvalid"] = "followup.receipt.invalid",
        ["ReceiptNotRecognised"] = "followup.receipt.notRecognised",
        ["SolvingProofOfWork"] = "client.solvingProofOfWork",
        ["DerivingKeys"] = "client.derivingKeys",
        ["NetworkError"] = "client.networkError",
        ["KeyMissing"] = "followup.keyMissing",
        ["Encrypting"] = "client.encrypting",
        ["Uploading"] = "client.uploading",
        ["UploadFailed"] = "client.uploadFailed",
        ["SubmitFailed"] = "client.submitFailed",
        ["Download"] = "followup.download",
        ["LogInAgain"] = "followup.logInAgain",
        ["DecryptFailed"] = "followup.decryptFailed",
        ["BodyRequired"] = "followup.body.required",
        ["Sending"] = "client.sending",
        ["LoginFailed"] = "followup.loginFailed",
        ["Yes"] = "common.yes",
        ["Answer.platformKind.marketplace"] = "form.platformKind.marketplace",
        ["Answer.platformKind.social-network"] = "form.platformKind.social-network",
        ["Answer.platformKind.messaging-app"] = "form.platformKind.messaging-app",
        ["Answer.platformKind.other"] = "form.platformKind.other",
        ["Answer.itemKind.live"] = "form.itemKind.live",
        ["Answer.itemKind.product"] = "form.itemKind.product",
        ["Answer.itemKind.both"] = "form.itemKind.both",
        ["Answer.itemKind.unknown"] = "form.itemKind.unknown",
        ["Answer.urgency.immediate-danger"] = "form.urgency.immediate-danger",
        ["Answer.urgency.ongoing"] = "form.urgency.ongoing",
        ["Answer.urgency.past"] = "form.urgency.past",
        ["Answer.description"] = "form.description",
        ["Answer.platformKind"] = "form.platformKind",
        ["Answer.platformName"] = "form.platformName",
        ["Answer.listingUrls"] = "form.listingUrls",
        ["Answer.sellerHandles"] = "form.sellerHandles",
        ["Answer.species"] = "form.species",
        ["Answer.catalogueSpecies"] = "form.catalogueSpecies",
        ["Answer.quantity"] = "form.quantity",
        ["Answer.price"] = "form.price",
        ["Answer.currency"] = "form.currency",
        ["Answer.itemKind"] = "form.itemKind",
        ["Answer.shipmentMethod"] = "form.shipmentMethod",
        ["Answer.sellerCountry"] = "form.sellerCountry",
        ["Answer.buyerCountry"] = "form.buyerCountry",
        ["Answer.transitCountries"] = "form.transitCountries",
        ["Answer.urgency"] = "form.urgency",
        ["Answer.rewardInterest"] = "form.rewardInterest",
        ["Answer.contact"] = "form.contact",
    };

    public FollowUpView? View { get; private set; }

    /// <summary>True when the browser holds the key (JavaScript session): the page carries ciphertext only.</summary>
    public bool BrowserHoldsKey { get; private set; }

    /// <summary>Opened answers and messages, for sessions without JavaScript.</summary>
    public TipAnswers? Answers { get; private set; }

    public IReadOnlyDictionary<Guid, MessageBody> Messages { get; private set; } = new Dictionary<Guid, MessageBody>();

    public List<string> Errors { get; } = [];

    public string Receipt { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        using var current = session.Read(HttpContext);
        if (current is null)
        {
            return Page();
        }

        return await ShowAsync(current);
    }

    public async Task<IActionResult> OnPostLoginAsync()
    {
        if (!limiter.TryAcquireLogin())
        {
            return Refuse(StatusCodes.Status429TooManyRequests, "service.busy");
        }

        await using var form = await reader.ReadAsync(Request, tipRecipient: null, 0, 0, HttpContext.RequestAborted);
        Receipt = form.Field("receipt");
        if (!Crypto.Receipts.Receipt.TryParse(Receipt, out var receipt, out _) || receipt is null)
        {
            return Refuse(StatusCodes.Status400BadRequest, "followup.receipt.invalid");
        }

        using var keys = await receiptKeys.DeriveAsync(receipt, HttpContext.RequestAborted);
        var tipId = await mediator.Send(new SignInWithReceipt(keys.LookupHash), HttpContext.RequestAborted);
        if (tipId is null)
        {
            return Refuse(StatusCodes.Status400BadRequest, "followup.receipt.notRecognised");
        }

        session.SignIn(HttpContext, tipId.Value, keys.WhistleblowerIdentity);
        return Redirect(PageLanguage.Link("/followup"));
    }

    public async Task<IActionResult> OnPostReplyAsync()
    {
        using var current = session.Read(HttpContext);
        if (current is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "followup.session.expired");
        }

        var view = await mediator.Send(new ReadFollowUp(current.TipId), HttpContext.RequestAborted);
        if (view is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "followup.session.expired");
        }

        var limits = await mediator.Send(new ReadReplyLimits(current.TipId), HttpContext.RequestAborted);
        await using var form = await reader.ReadAsync(Request, X25519Recipient.Parse(view.TipRecipient), limits.MaximumFiles, limits.MaximumFileBytes, HttpContext.RequestAborted);
        var body = form.Field("body");
        var problems = form.Problems.ToList();
        if (body.Length == 0 && form.Files.Count == 0)
        {
            problems.Add("followup.body.required");
        }

        if (problems.Count > 0)
        {
            Errors.AddRange(problems.Distinct().Select(key => localizer[key].Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(current);
        }

        try
        {
            var sealedBody = new MessageBody(body, form.Files.Select(f => f.Description).ToList()).SealForTip(view.TipRecipient);
            await mediator.Send(new ReplyAsWhistleblower(current.TipId, sealedBody, form.Files.Select(f => f.Ciphertext).ToList()), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refused)
        {
            Errors.AddRange(refused.Problems.Select(p => localizer[p.MessageKey].Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(current);
        }

        return Redirect(PageLanguage.Link("/followup"));
    }

    public IActionResult OnPostLogout()
    {
        FollowUpSession.SignOut(HttpContext);
        return Redirect(PageLanguage.Link("/"));
    }

    public string ClientConfigurationJson() => browserConfiguration.ToJson(
        new Dictionary<string, object>(StringComparer.Ordinal) { ["chunkBytes"] = uploadOptions.Value.ChunkBytes },
        ClientMessageKeys);

    private async Task<IActionResult> ShowAsync(FollowUpSessionData current)
    {
        View = await mediator.Send(new ReadFollowUp(current.TipId), HttpContext.RequestAborted);
        if (View is null)
        {
            FollowUpSession.SignOut(HttpContext);
            return Refuse(StatusCodes.Status401Unauthorized, "followup.session.expired");
        }

        // The page shows the new staff messages now (with or without JavaScript), so from the next visit on they are not new.
        if (View.HasUnreadStaffMessages)
        {
            await mediator.Send(new MarkStaffMessagesRead(current.TipId), HttpContext.RequestAborted);
        }

        BrowserHoldsKey = current.BrowserHoldsKey;
        if (current.Identity is not null)
        {
            using var opened = FollowUpPlaintext.Open(View, current.Identity);
            Answers = opened.Answers(View);
            Messages = View.Messages.ToDictionary(m => m.Id, opened.Message);
        }

        await LoadRewardsAsync(current.TipId);
        return Page();
    }

    private IActionResult Refuse(int status, string key)
    {
        Errors.Add(localizer[key].Value);
        Response.StatusCode = status;
        View = null;
        return Page();
    }
}
