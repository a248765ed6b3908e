using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Validation;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Claims.FileRewardClaim;

/// <summary>
/// A claim is received only on a notice of the tip's own case, inside its window, once per tip, in a form the
/// programme allows, and sealed so that every reward officer (and nobody else) can read it.
/// </summary>
public sealed class FileRewardClaimValidator(ITipLineDatabase database, TimeProvider clock) : IValidator<FileRewardClaim>
{
    public const string NoticeNotFound = "rewards.claim.notice.notFound";
    public const string KindInvalid = "rewards.claim.kind.invalid";
    public const string WindowClosed = "rewards.claim.window.closed";
    public const string AlreadyClaimed = "rewards.claim.already";
    public const string AnonymousNotAllowed = "rewards.claim.anonymous.notAllowed";
    public const string NoRewardOfficers = "rewards.claim.noOfficers";

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(FileRewardClaim request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notice = await WhistleblowerRewards.NoticeForTipAsync(database, request.TipId, request.NoticeId, cancellationToken).ConfigureAwait(false);
        if (notice is null)
        {
            return [new(nameof(request.NoticeId), NoticeNotFound)];
        }

        var problems = new List<ValidationProblem>();
        if (!Enum.IsDefined(request.Kind))
        {
            problems.Add(new(nameof(request.Kind), KindInvalid));
        }

        if (!notice.AcceptsClaimsOn(clock.Today()))
        {
            problems.Add(new(nameof(request.NoticeId), WindowClosed));
        }

        if (await database.RewardClaims.AnyAsync(c => c.NoticeId == notice.Id && c.TipId == request.TipId, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new(nameof(request.NoticeId), AlreadyClaimed));
        }

        var allowsAnonymous = await database.RewardProgrammes.Where(p => p.Id == notice.ProgrammeId).Select(p => p.AllowsAnonymousClaims)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (request.Kind == ClaimantKind.Anonymous && !allowsAnonymous)
        {
            problems.Add(new(nameof(request.Kind), AnonymousNotAllowed));
        }

        var recipients = await database.ClaimRecipientsAsync(notice.ProgrammeId, request.TipId, cancellationToken).ConfigureAwait(false);
        if (recipients.Count == 0)
        {
            problems.Add(new(nameof(request.NoticeId), NoRewardOfficers));
        }
        else if (SealedClaimFile.Problem(request.Ciphertext, recipients.Count) is { } sealedProblem)
        {
            problems.Add(new(nameof(request.Ciphertext), sealedProblem));
        }

        return problems;
    }
}
