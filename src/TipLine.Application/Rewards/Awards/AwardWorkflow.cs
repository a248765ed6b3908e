using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Cases;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards;

/// <summary>
/// When each claim action is allowed: the one table the use cases enforce and the claim page reads, so a button is
/// shown exactly when pressing it would be allowed. The money rules themselves stay in <see cref="AwardLedger"/>.
/// </summary>
public static class AwardWorkflow
{
    /// <summary>The stage the next proposal on the claim takes, or the refusal key saying why none can be proposed now.</summary>
    public static (DeterminationStage? Stage, string? Problem) NextStage(RewardClaim claim, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Status switch
        {
            // The preliminary may come before the notice's claim window has closed. Real programmes wait for every
            // claim first; here the aggregate check at each proposal keeps the awards of one notice within the maximum.
            ClaimStatus.Filed => (DeterminationStage.Preliminary, null),
            ClaimStatus.Preliminary when claim.MayProposeFinalOn(today) => (DeterminationStage.Final, null),
            ClaimStatus.Preliminary => (null, AwardRefusals.ContestWindowOpen),
            _ => (null, AwardRefusals.WrongStage),
        };
    }

    public static string? AppealProblem(RewardClaim claim, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.MayAppealOn(today) ? null
            : claim.Status != ClaimStatus.Final ? AwardRefusals.AppealNotFinal
            : claim.AppealedOn is not null ? AwardRefusals.AppealAlreadyRecorded
            : AwardRefusals.AppealWindowClosed;
    }

    /// <summary>Every action the actor could take on the claim now.</summary>
    public static IReadOnlyList<ClaimAction> AvailableTo(RewardClaim claim, AwardProposal? pending, AwardLedger ledger, Guid userId, StaffRoles roles, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(ledger);
        if ((roles & StaffRoles.RewardOfficer) == StaffRoles.None)
        {
            return [];
        }

        var decidable = pending is not null && pending.ProposedByUserId != userId;
        var available = new List<ClaimAction>();
        Add(ClaimAction.ProposeDetermination, NextStage(claim, today).Stage is not null);
        Add(ClaimAction.ApproveDetermination, decidable);
        Add(ClaimAction.ReturnDetermination, decidable);
        Add(ClaimAction.RecordAppeal, AppealProblem(claim, today) is null);
        Add(ClaimAction.RecordAppealDecision, claim.Status == ClaimStatus.Appealed);
        Add(ClaimAction.RecordPayment, ledger.IsPayable && ledger.Outstanding > 0m);
        Add(ClaimAction.ReversePayment, ledger.Paid > 0m);
        return available;

        void Add(ClaimAction action, bool allowed)
        {
            if (allowed)
            {
                available.Add(action);
            }
        }
    }

    /// <summary>
    /// Refuses an award the programme does not allow: outside the band, above the maximum for the notice's claims
    /// together, or (a lower final or appeal decision) leaving what was already paid above the new entitlement.
    /// </summary>
    public static async Task RefuseAwardAsync(
        string useCase, string field, ITipLineDatabase database, RewardClaim claim, RewardProgramme programme, decimal? percent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        Refuse(useCase, field, percent is { } value && !programme.IsInBand(value) ? AwardRefusals.OutsideBand : null);
        Refuse(useCase, field, await AggregateProblemAsync(database, claim, programme, percent, cancellationToken).ConfigureAwait(false));
        var ledger = await LedgerAsync(database, programme, claim, cancellationToken).ConfigureAwait(false);
        Refuse(useCase, field, ledger.RefuseAward(percent));
    }

    /// <summary>
    /// Refuses an award that would take the awards of every claim on the same notice above the programme's maximum:
    /// the law's maximum is for the whole action, however many whistleblowers share it. Another claim counts with its
    /// pending proposal when it has one (it may be approved any moment), else with its approved award.
    /// </summary>
    private static async Task<string?> AggregateProblemAsync(ITipLineDatabase database, RewardClaim claim, RewardProgramme programme, decimal? percent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(programme);
        if (percent is not { } value)
        {
            return null;
        }

        var others = await database.RewardClaims.AsNoTracking()
            .Where(c => c.NoticeId == claim.NoticeId && c.Id != claim.Id)
            .Select(c => new
            {
                c.AwardPercent,
                Pending = database.AwardProposals.Where(p => p.ClaimId == c.Id && p.State == ProposalState.Pending).Select(p => new { p.Percent }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var taken = others.Sum(o => (o.Pending is null ? o.AwardPercent : o.Pending.Percent) ?? 0m);
        return taken + value > programme.MaximumPercent ? AwardRefusals.AggregateOverMaximum : null;
    }

    /// <summary>The claim's money as the ledger sees it: the case's collections and the claim's payments.</summary>
    public static async Task<AwardLedger> LedgerAsync(ITipLineDatabase database, RewardProgramme programme, RewardClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(claim);
        var sanctions = await database.SanctionEntries.AsNoTracking().Where(s => s.CaseId == claim.CaseId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var payments = await database.RewardPayments.AsNoTracking().Where(p => p.ClaimId == claim.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return AwardLedger.For(programme, claim, sanctions, payments);
    }

    /// <summary>Throws the refusal when there is one.</summary>
    public static void Refuse(string useCase, string field, string? problem)
    {
        if (problem is not null)
        {
            throw CaseWorkflow.Refusal(useCase, field, problem);
        }
    }
}
