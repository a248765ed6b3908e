using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Rewards;
using TipLine.Domain.Tips;

namespace TipLine.Application.Rewards.Claims;

/// <summary>
/// What the whistleblower of one tip may reach in the rewards: the notices of the case their tip is in, and their own
/// claims. The tip id always comes from the follow-up session; anything else is "not there".
/// </summary>
internal static class WhistleblowerRewards
{
    /// <summary>The case the tip is in, or null (no case yet, destroyed, unknown).</summary>
    public static Task<Guid?> CaseOfTipAsync(ITipLineDatabase database, Guid tipId, CancellationToken cancellationToken) =>
        database.Tips.AsNoTracking()
            .Where(t => t.Id == tipId && t.Status != TipStatus.Destroyed)
            .Select(t => t.CaseId)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The notice, if it was posted on the case of the tip; null otherwise.</summary>
    public static async Task<RewardNotice?> NoticeForTipAsync(ITipLineDatabase database, Guid tipId, Guid noticeId, CancellationToken cancellationToken)
    {
        var caseId = await CaseOfTipAsync(database, tipId, cancellationToken).ConfigureAwait(false);
        return caseId is null
            ? null
            : await database.RewardNotices.AsNoTracking()
                .SingleOrDefaultAsync(n => n.Id == noticeId && n.CaseId == caseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The claim (tracked) this tip's receipt made, or "not found".</summary>
    public static async Task<RewardClaim> OwnClaimAsync(ITipLineDatabase database, Guid tipId, Guid claimId, CancellationToken cancellationToken) =>
        await database.RewardClaims.SingleOrDefaultAsync(c => c.Id == claimId && c.TipId == tipId, cancellationToken).ConfigureAwait(false)
        ?? throw new Errors.NotFoundException("claim");
}
