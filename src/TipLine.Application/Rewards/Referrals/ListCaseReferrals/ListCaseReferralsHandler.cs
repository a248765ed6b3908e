using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;

namespace TipLine.Application.Rewards.Referrals.ListCaseReferrals;

public sealed class ListCaseReferralsHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListCaseReferrals, IReadOnlyList<CaseReferral>>
{
    public async ValueTask<IReadOnlyList<CaseReferral>> Handle(ListCaseReferrals query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var @case = await database.FindVisibleCaseAsync(query.CaseId, actor.RequireOrganisation(), cancellationToken).ConfigureAwait(false);
        var referrals = await (
                from r in database.RewardReferrals
                join p in database.RewardProgrammes on r.ProgrammeId equals p.Id
                join o in database.Organisations on p.OrganisationId equals o.Id
                where r.CaseId == @case.Id
                select new CaseReferral(
                    r.Id,
                    p.Id,
                    p.Name,
                    o.Name,
                    p.Currency,
                    r.ReferredOn,
                    database.RewardNotices.Where(n => n.ReferralId == r.Id).Select(n => (DateOnly?)n.PostedOn).FirstOrDefault()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return referrals.OrderBy(r => r.ReferredOn).ThenBy(r => r.ProgrammeName, StringComparer.CurrentCulture).ToList();
    }
}
