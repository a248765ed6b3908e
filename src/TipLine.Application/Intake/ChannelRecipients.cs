using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Channels;
using TipLine.Domain.Staff;

namespace TipLine.Application.Intake;

/// <summary>
/// Who a channel's tip keys are wrapped to: every active intake investigator of the channel's organisation, and the
/// organisation's offline escrow key when it has one. The list is public (it is in the form) and sorted, so a
/// browser and the server agree on it exactly.
/// </summary>
public static class ChannelRecipients
{
    public static async Task<IReadOnlyList<ChannelRecipient>> ForChannelAsync(ITipLineDatabase database, Channel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(channel);
        var staff = await database.StaffUsers
            .Where(u => u.OrganisationId == channel.OrganisationId && !u.IsDisabled)
            .Select(u => new { u.Id, u.Roles, u.PublicKey })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recipients = staff
            .Where(u => (u.Roles & StaffRoles.IntakeInvestigator) == StaffRoles.IntakeInvestigator)
            .Select(u => new ChannelRecipient(u.PublicKey, u.Id))
            .ToList();
        var escrow = await database.Organisations
            .Where(o => o.Id == channel.OrganisationId)
            .Select(o => o.EscrowRecipient)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(escrow))
        {
            recipients.Add(new ChannelRecipient(escrow, null));
        }

        return recipients
            .DistinctBy(r => r.Recipient, StringComparer.Ordinal)
            .OrderBy(r => r.Recipient, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>One recipient of a channel's tip keys; <see cref="StaffUserId"/> is null for the escrow key.</summary>
public sealed record ChannelRecipient(string Recipient, Guid? StaffUserId);
