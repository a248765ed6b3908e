using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TipLine.Application.Errors;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Claims;
using TipLine.Application.Rewards.Claims.AcceptPreliminaryDetermination;
using TipLine.Application.Rewards.Claims.ContestDetermination;
using TipLine.Application.Rewards.Claims.FileRewardClaim;
using TipLine.Application.Rewards.Claims.ReadClaimRecipients;
using TipLine.Application.Rewards.Claims.ReadRewardStatus;
using TipLine.Application.Validation;
using TipLine.Domain.Rewards;
using TipLine.Web.FollowUp;
using TipLine.Web.Intake.NoScript;
using TipLine.Web.Localization;

namespace TipLine.Web.Pages.FollowUp;

/// <summary>
/// The reward section of the follow-up page: notices on the tip's case, the claim and contest forms, the claim's
/// status. Without JavaScript the server seals what was typed in memory, to the same recipients the browser would
/// use, and keeps the typed values only to show the form again after a refusal (never logged, never stored).
/// </summary>
public sealed partial class IndexModel
{
    // Form field of each ClaimContent / request property, so refusals show next to what caused them.
    private static readonly Dictionary<string, string> FormFieldOf = new(StringComparer.Ordinal)
    {
        [nameof(ClaimContent.Name)] = "name",
        [nameof(ClaimContent.Contact)] = "contact",
        [nameof(ClaimContent.PayoutDetails)] = "payout",
        [nameof(ClaimContent.Representative)] = "representative",
        [nameof(ClaimContent.Statement)] = "statement",
        [nameof(FileRewardClaim.Kind)] = "kind",
    };

    public RewardStatusView? Rewards { get; private set; }

    /// <summary>The recipients a claim or contest on each notice is sealed to; empty when none can be received now.</summary>
    public Dictionary<Guid, IReadOnlyList<string>> SealingRecipients { get; } = [];

    /// <summary>What was typed in the claim form that was refused (shown again), or empty.</summary>
    public ClaimFormValues ClaimInput { get; private set; } = ClaimFormValues.Empty;

    public Guid? ContestClaimId { get; private set; }

    public string ContestStatement { get; private set; } = string.Empty;

    /// <summary>Localised refusals by form field, shown beside the field.</summary>
    public Dictionary<string, List<string>> FieldErrors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnPostClaimAsync()
    {
        using var current = session.Read(HttpContext);
        if (current is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "followup.session.expired");
        }

        await using var form = await reader.ReadAsync(Request, tipRecipient: null, 0, 0, HttpContext.RequestAborted);
        ClaimInput = ClaimFormValues.From(form);
        var problems = form.Problems.Select(key => new ValidationProblem(string.Empty, key)).ToList();
        var kind = ClaimInput.ParsedKind;
        var noticeId = Guid.TryParse(ClaimInput.NoticeId, out var parsed) ? parsed : Guid.Empty;
        var content = ClaimContentRules.Normalise(ClaimInput.ToContent(), kind ?? ClaimantKind.Identified);
        if (kind is null)
        {
            problems.Add(new(nameof(FileRewardClaim.Kind), FileRewardClaimValidator.KindInvalid));
        }
        else
        {
            problems.AddRange(ClaimContentRules.Problems(content, kind.Value));
        }

        if (problems.Count == 0)
        {
            problems.AddRange(await FileClaimAsync(current.TipId, noticeId, kind!.Value, content));
        }

        if (problems.Count > 0)
        {
            return await RedisplayAsync(current, problems);
        }

        return Redirect(PageLanguage.Link("/followup") + "#reward");
    }

    public async Task<IActionResult> OnPostContestAsync()
    {
        using var current = session.Read(HttpContext);
        if (current is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "followup.session.expired");
        }

        await using var form = await reader.ReadAsync(Request, tipRecipient: null, 0, 0, HttpContext.RequestAborted);
        ContestStatement = form.Field("statement");
        ContestClaimId = Guid.TryParse(form.Field("claimId"), out var claimId) ? claimId : null;
        var content = new ContestContent(ContestStatement);
        var problems = form.Problems.Select(key => new ValidationProblem(string.Empty, key)).ToList();
        problems.AddRange(ClaimContentRules.Problems(content));
        if (problems.Count == 0)
        {
            problems.AddRange(await ContestAsync(current.TipId, claimId, content));
        }

        if (problems.Count > 0)
        {
            return await RedisplayAsync(current, problems);
        }

        return Redirect(PageLanguage.Link("/followup") + "#reward");
    }

    /// <summary>The whistleblower accepts the preliminary determination (no contest); the same plain form with or without JavaScript.</summary>
    public async Task<IActionResult> OnPostAcceptAsync()
    {
        using var current = session.Read(HttpContext);
        if (current is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "followup.session.expired");
        }

        await using var form = await reader.ReadAsync(Request, tipRecipient: null, 0, 0, HttpContext.RequestAborted);
        var problems = form.Problems.Select(key => new ValidationProblem(string.Empty, key)).ToList();
        if (problems.Count == 0 && Guid.TryParse(form.Field("claimId"), out var claimId))
        {
            try
            {
                await mediator.Send(new AcceptPreliminaryDetermination(current.TipId, claimId), HttpContext.RequestAborted);
            }
            catch (RequestValidationException refused)
            {
                problems.AddRange(refused.Problems);
            }
            catch (NotFoundException)
            {
                problems.Add(new(nameof(AcceptPreliminaryDetermination.ClaimId), "rewards.contest.claim.notFound"));
            }
        }
        else if (problems.Count == 0)
        {
            problems.Add(new(nameof(AcceptPreliminaryDetermination.ClaimId), "rewards.contest.claim.notFound"));
        }

        return problems.Count > 0 ? await RedisplayAsync(current, problems) : Redirect(PageLanguage.Link("/followup") + "#reward");
    }

    /// <summary>The texts and limits the follow-up script needs to check and seal a claim or contest in the browser.</summary>
    public string RewardClientJson() => JsonSerializer.Serialize(new
    {
        maximumFieldLength = ClaimContent.MaximumFieldLength,
        maximumStatementLength = ClaimContent.MaximumStatementLength,
        messages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NameRequired"] = rewardLocalizer[ClaimContentRules.NameRequired],
            ["PayoutRequired"] = rewardLocalizer[ClaimContentRules.PayoutRequired],
            ["RepresentativeRequired"] = rewardLocalizer[ClaimContentRules.RepresentativeRequired],
            ["FieldTooLong"] = rewardLocalizer[ClaimContentRules.FieldTooLong],
            ["StatementTooLong"] = rewardLocalizer[ClaimContentRules.StatementTooLong],
            ["ContestStatementRequired"] = rewardLocalizer[ClaimContentRules.ContestStatementRequired],
            ["KindRequired"] = rewardLocalizer[FileRewardClaimValidator.KindInvalid],
            ["Encrypting"] = rewardLocalizer["Encrypting"],
            ["Sending"] = rewardLocalizer["Sending"],
            ["SubmitFailed"] = rewardLocalizer["SubmitFailed"],
        },
    });

    public string RewardText(string key) => RewardMessages.Text(key, rewardLocalizer, localizer);

    private async Task<IReadOnlyList<ValidationProblem>> FileClaimAsync(Guid tipId, Guid noticeId, ClaimantKind kind, ClaimContent content)
    {
        var recipients = await RecipientsAsync(tipId, noticeId);
        if (recipients is null)
        {
            return [new(nameof(FileRewardClaim.NoticeId), FileRewardClaimValidator.NoticeNotFound)];
        }

        if (recipients.Count == 0)
        {
            return [new(nameof(FileRewardClaim.NoticeId), FileRewardClaimValidator.NoRewardOfficers)];
        }

        try
        {
            await mediator.Send(new FileRewardClaim(tipId, noticeId, kind, content.SealFor(recipients)), HttpContext.RequestAborted);
            return [];
        }
        catch (RequestValidationException refused)
        {
            return refused.Problems;
        }
    }

    private async Task<IReadOnlyList<ValidationProblem>> ContestAsync(Guid tipId, Guid claimId, ContestContent content)
    {
        var status = await mediator.Send(new ReadRewardStatus(tipId), HttpContext.RequestAborted);
        var notice = status.Notices.FirstOrDefault(n => n.Claim?.ClaimId == claimId);
        var recipients = notice is null ? null : await RecipientsAsync(tipId, notice.NoticeId);
        if (recipients is null)
        {
            return [new(nameof(ContestDetermination.ClaimId), "rewards.contest.claim.notFound")];
        }

        if (recipients.Count == 0)
        {
            return [new(nameof(ContestDetermination.ClaimId), FileRewardClaimValidator.NoRewardOfficers)];
        }

        try
        {
            await mediator.Send(new ContestDetermination(tipId, claimId, content.SealFor(recipients)), HttpContext.RequestAborted);
            return [];
        }
        catch (RequestValidationException refused)
        {
            return refused.Problems;
        }
    }

    /// <summary>The notice's sealing recipients, or null when the notice is not on the tip's case.</summary>
    private async Task<IReadOnlyList<string>?> RecipientsAsync(Guid tipId, Guid noticeId)
    {
        try
        {
            return await mediator.Send(new ReadClaimRecipients(tipId, noticeId), HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private async Task<IActionResult> RedisplayAsync(FollowUpSessionData current, IEnumerable<ValidationProblem> problems)
    {
        foreach (var problem in problems.DistinctBy(p => p.MessageKey))
        {
            var text = RewardText(problem.MessageKey);
            Errors.Add(text);
            if (FormFieldOf.TryGetValue(problem.Field, out var field))
            {
                FieldErrors.TryAdd(field, []);
                FieldErrors[field].Add(text);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(current);
    }

    private async Task LoadRewardsAsync(Guid tipId)
    {
        Rewards = await mediator.Send(new ReadRewardStatus(tipId), HttpContext.RequestAborted);
        foreach (var notice in Rewards.Notices.Where(n => (n.AcceptsClaims && n.Claim is null) || n.Claim?.MayContest == true))
        {
            SealingRecipients[notice.NoticeId] = await mediator.Send(new ReadClaimRecipients(tipId, notice.NoticeId), HttpContext.RequestAborted);
        }
    }
}

/// <summary>The claim form as typed (plaintext for this request only).</summary>
public sealed record ClaimFormValues(string NoticeId, string Kind, string Name, string Contact, string Payout, string Representative, string Statement)
{
    public static ClaimFormValues Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    public ClaimantKind? ParsedKind =>
        Enum.TryParse<ClaimantKind>(Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !char.IsAsciiDigit(Kind.FirstOrDefault()) ? kind : null;

    public static ClaimFormValues From(NoScriptForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.Field("noticeId"), form.Field("kind"), form.Field("name"), form.Field("contact"), form.Field("payout"), form.Field("representative"), form.Field("statement"));
    }

    public ClaimContent ToContent() => new(Name, Contact, Payout, Representative, Statement);
}
