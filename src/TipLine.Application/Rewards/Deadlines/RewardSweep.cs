using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TipLine.Application.Abstractions;
using TipLine.Application.Notifications;
using TipLine.Domain.Notifications;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Deadlines;

/// <summary>
/// Reward deadlines and reminders, derived from the state of referrals, notices, claims, proposals and the ledgers
/// the same idempotent way as <see cref="NotificationSweep"/> (<see cref="WantedNotifications"/>): running it twice
/// changes nothing more, and a notification no longer called for stays as it is. Everything goes to the enabled reward
/// officers of the organisation running the programme; a notification carries a kind, an object id and a day only.
/// <list type="bullet">
/// <item>RewardReferred: a referral without a notice yet (object: the referral).</item>
/// <item>RewardClaimFiled: a claim still Filed, with no pending proposal (object: the claim).</item>
/// <item>AwardAwaitingApproval: a pending proposal, to every officer but its proposer; renewed by a later proposal (object: the claim).</item>
/// <item>ClaimWindowClosed: a notice past its claim deadline, which the sweep also marks closed (object: the notice).</item>
/// <item>FinalDeterminationDue: a preliminary determination contested, accepted by the whistleblower or past its contest deadline (object: the claim).</item>
/// <item>RewardPaymentDue: a payable award with money outstanding; renewed when a later collection (or a reversal)
/// makes more due (object: the claim).</item>
/// </list>
/// </summary>
public sealed class RewardSweep(ITipLineDatabase database, TimeProvider clock, ILogger<RewardSweep> logger)
{
    /// <summary>Recurring-job entry point; deadlines are days, so hourly is plenty.</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        WantedNotifications.RaiseAsync(database, clock, logger, CollectAsync, cancellationToken);

    private async Task CollectAsync(WantedNotifications wanted, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var programmes = await database.RewardProgrammes.AsNoTracking()
            .ToDictionaryAsync(p => p.Id, cancellationToken)
            .ConfigureAwait(false);
        IEnumerable<Guid> OfficersOf(Guid programmeId) => wanted.Staff.WithRole(programmes[programmeId].OrganisationId, StaffRoles.RewardOfficer);

        var referrals = await database.RewardReferrals.AsNoTracking()
            .Where(r => !database.RewardNotices.Any(n => n.ReferralId == r.Id))
            .Select(r => new { r.Id, r.ProgrammeId, r.ReferredOn })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var referral in referrals)
        {
            wanted.AddForEach(OfficersOf(referral.ProgrammeId), NotificationKind.RewardReferred, referral.Id, referral.ReferredOn);
        }

        var filed = await database.RewardClaims.AsNoTracking()
            .Where(c => c.Status == ClaimStatus.Filed
                && !database.AwardProposals.Any(p => p.ClaimId == c.Id && p.State == ProposalState.Pending))
            .Select(c => new { c.Id, c.ProgrammeId, c.FiledOn })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var claim in filed)
        {
            wanted.AddForEach(OfficersOf(claim.ProgrammeId), NotificationKind.RewardClaimFiled, claim.Id, claim.FiledOn);
        }

        var pending = await (
                from proposal in database.AwardProposals.AsNoTracking()
                join claim in database.RewardClaims.AsNoTracking() on proposal.ClaimId equals claim.Id
                where proposal.State == ProposalState.Pending
                select new { proposal.ClaimId, claim.ProgrammeId, proposal.ProposedByUserId, proposal.ProposedOn })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var proposal in pending)
        {
            wanted.AddForEach(
                OfficersOf(proposal.ProgrammeId).Where(id => id != proposal.ProposedByUserId),
                NotificationKind.AwardAwaitingApproval,
                proposal.ClaimId,
                proposal.ProposedOn);
        }

        // Tracked: the sweep records that the closure was announced, saved with the notifications.
        var closed = await database.RewardNotices
            .Where(n => n.ClaimDeadline < today)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var notice in closed)
        {
            notice.MarkClaimWindowClosed(today);
            wanted.AddForEach(OfficersOf(notice.ProgrammeId), NotificationKind.ClaimWindowClosed, notice.Id, notice.ClaimDeadline.AddDays(1));
        }

        var finalDue = await database.RewardClaims.AsNoTracking()
            .Where(c => c.Status == ClaimStatus.Preliminary && (c.ContestedOn != null || c.ContestWaivedOn != null || c.ContestDeadline < today))
            .Select(c => new { c.Id, c.ProgrammeId, c.ContestedOn, c.ContestWaivedOn, c.ContestDeadline })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var claim in finalDue)
        {
            wanted.AddForEach(OfficersOf(claim.ProgrammeId), NotificationKind.FinalDeterminationDue, claim.Id, claim.ContestedOn ?? claim.ContestWaivedOn ?? claim.ContestDeadline!.Value.AddDays(1));
        }

        await AddPaymentsDueAsync(wanted, programmes, cancellationToken).ConfigureAwait(false);
    }

    private async Task AddPaymentsDueAsync(WantedNotifications wanted, Dictionary<Guid, RewardProgramme> programmes, CancellationToken cancellationToken)
    {
        // Decimals are compared in memory: SQLite stores them as text.
        var finals = (await database.RewardClaims.AsNoTracking()
                .Where(c => c.Status == ClaimStatus.Final)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false))
            .Where(c => c.IsPayable)
            .ToList();
        if (finals.Count == 0)
        {
            return;
        }

        var rows = await ClaimLedgerRows.LoadAsync(database, finals, cancellationToken).ConfigureAwait(false);
        foreach (var claim in finals)
        {
            var programme = programmes[claim.ProgrammeId];
            var ledger = rows.LedgerOf(programme, claim);
            if (ledger.Outstanding <= 0m)
            {
                continue;
            }

            // The newest event that made money due: the final award (or appeal decision), a collection, or a reversal.
            var since = new[] { claim.FinalOn, claim.AppealDecidedOn }
                .Concat(rows.SanctionsOf(claim).Where(s => s.IsMoneyIn && s.Currency == ledger.Currency).Select(s => (DateOnly?)s.RecordedOn))
                .Concat(rows.PaymentsOf(claim).Where(p => p.Kind == PaymentKind.Reversal).Select(p => (DateOnly?)p.RecordedOn))
                .Max() ?? claim.FiledOn;
            wanted.AddForEach(
                wanted.Staff.WithRole(programme.OrganisationId, StaffRoles.RewardOfficer), NotificationKind.RewardPaymentDue, claim.Id, since);
        }
    }
}
