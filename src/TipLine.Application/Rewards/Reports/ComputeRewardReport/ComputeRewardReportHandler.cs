using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Reports.ComputeRewardReport;

public sealed class ComputeRewardReportHandler(ITipLineDatabase database, ICurrentActor actor)
    : IQueryHandler<ComputeRewardReport, RewardReport>
{
    public async ValueTask<RewardReport> Handle(ComputeRewardReport query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var programme = await database.FindOwnProgrammeAsync(actor, query.ProgrammeId, cancellationToken).ConfigureAwait(false);

        // Every year is counted whatever the request: suppression must not depend on which year is asked for.
        var claims = await database.RewardClaims.AsNoTracking()
            .Where(c => c.ProgrammeId == programme.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var claimIds = claims.Select(c => c.Id).ToList();
        var approved = (await database.AwardProposals.AsNoTracking()
                .Where(p => claimIds.Contains(p.ClaimId) && p.State == ProposalState.Approved)
                .Select(p => new { p.ClaimId, p.Stage, p.Percent })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false))
            .ToLookup(p => p.ClaimId, p => (p.Stage, p.Percent));
        var rows = await ClaimLedgerRows.LoadAsync(database, claims, cancellationToken).ConfigureAwait(false);

        var facts = claims.Select(claim => new RewardReportTable.ClaimFacts(
            claim,
            approved[claim.Id].ToList(),
            rows.LedgerOf(programme, claim),
            rows.PaymentsOf(claim).ToList()));
        var table = RewardReportTable.Count(facts);
        var (counts, money) = table.Publish(query.Year, programme.Currency);
        return new RewardReport(programme.Id, programme.Name, programme.Currency, query.Year, table.Years, counts, money);
    }
}
