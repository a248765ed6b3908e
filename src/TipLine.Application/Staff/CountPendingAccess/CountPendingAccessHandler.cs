using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Staff.CountPendingAccess;

public sealed class CountPendingAccessHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<CountPendingAccess, PendingAccess>
{
    public async ValueTask<PendingAccess> Handle(CountPendingAccess query, CancellationToken cancellationToken)
    {
        var organisationId = actor.RequireOrganisation();
        var members = await database.StaffUsers.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && !u.IsDisabled)
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.Roles })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pending = new List<MemberPendingAccess>();
        foreach (var member in members.Where(m => TipAccessFamilies.ReadsChannelTips(m.Roles) || TipAccessFamilies.ReadsRoutedTips(m.Roles)))
        {
            var lacking = await database.Tips.EntitledTo(database, organisationId, member.Roles)
                .CountAsync(t => !database.TipKeyWraps.Any(w => w.TipId == t.Id && w.StaffUserId == member.Id), cancellationToken)
                .ConfigureAwait(false);
            if (lacking > 0)
            {
                pending.Add(new MemberPendingAccess(member.Id, lacking));
            }
        }

        return new PendingAccess(pending.Sum(p => p.Tips), pending);
    }
}
