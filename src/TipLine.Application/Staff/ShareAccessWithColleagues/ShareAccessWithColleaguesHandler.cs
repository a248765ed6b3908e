using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Audit;
using TipLine.Application.Errors;
using TipLine.Crypto.Age;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Staff.ShareAccessWithColleagues;

public sealed class ShareAccessWithColleaguesHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys, AuditLog auditLog)
    : ICommandHandler<ShareAccessWithColleagues, SharedAccess>
{
    private static readonly StaffRoles[] Families = [TipAccessFamilies.ChannelReaders, TipAccessFamilies.RoutedCaseReaders];

    public async ValueTask<SharedAccess> Handle(ShareAccessWithColleagues command, CancellationToken cancellationToken)
    {
        var userId = actor.RequireUser();
        var organisationId = actor.RequireOrganisation();
        var colleagues = await database.StaffUsers.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.Id != userId && !u.IsDisabled)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var recipientsByTip = new Dictionary<Guid, List<StaffUser>>();
        foreach (var family in Families)
        {
            var entitled = colleagues.Where(c => (c.Roles & family) != StaffRoles.None).ToList();
            if (entitled.Count == 0)
            {
                continue;
            }

            foreach (var tipId in await FindTipsLackingWrapsAsync(userId, organisationId, family, entitled, cancellationToken).ConfigureAwait(false))
            {
                recipientsByTip.TryAdd(tipId, []);
                recipientsByTip[tipId].AddRange(entitled.Where(c => !recipientsByTip[tipId].Contains(c)));
            }
        }

        var granted = 0;
        foreach (var (tipId, recipients) in recipientsByTip.OrderBy(pair => pair.Key).Take(ShareAccessWithColleagues.BatchSize))
        {
            granted += await ShareTipAsync(tipId, recipients, organisationId, cancellationToken).ConfigureAwait(false);
        }

        if (granted > 0)
        {
            await auditLog.AppendAsync(userId, new AuditedAction("tipkeys.share", nameof(TipKeyWrap), granted.ToString(CultureInfo.InvariantCulture)), cancellationToken)
                .ConfigureAwait(false);
        }

        return new SharedAccess(granted, recipientsByTip.Count > ShareAccessWithColleagues.BatchSize);
    }

    /// <summary>
    /// Tips of one family the actor holds a wrap of (granted through their organisation) and that at least one entitled
    /// colleague lacks, at most one more than a batch so that the caller knows whether more remain.
    /// </summary>
    private async Task<List<Guid>> FindTipsLackingWrapsAsync(
        Guid userId, Guid organisationId, StaffRoles family, List<StaffUser> entitled, CancellationToken cancellationToken)
    {
        var entitledIds = entitled.Select(c => (Guid?)c.Id).ToList();
        var channelFamily = family == TipAccessFamilies.ChannelReaders;
        return await database.Tips.InFamilies(database, organisationId, channel: channelFamily, routed: !channelFamily)
            .Where(t => database.TipKeyWraps.Any(w => w.TipId == t.Id && w.StaffUserId == userId
                && w.Holder == KeyWrapHolder.StaffUser && w.GrantedToOrganisationId == organisationId))
            .Where(t => database.TipKeyWraps.Count(w => w.TipId == t.Id && entitledIds.Contains(w.StaffUserId)) < entitledIds.Count)
            .OrderBy(t => t.Id)
            .Select(t => t.Id)
            .Take(ShareAccessWithColleagues.BatchSize + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ShareTipAsync(Guid tipId, List<StaffUser> recipients, Guid organisationId, CancellationToken cancellationToken)
    {
        X25519Identity tipKey;
        try
        {
            tipKey = await tipKeys.OpenAsync(tipId, cancellationToken).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            // The actor's own wrap does not open with their current key; another holder can share this tip.
            return 0;
        }

        using (tipKey)
        {
            return await tipKeys.GrantAsync(tipId, tipKey, recipients.DistinctBy(r => r.Id).ToList(), organisationId, cancellationToken).ConfigureAwait(false);
        }
    }
}
