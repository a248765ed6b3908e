using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Access;

/// <summary>
/// Which of its organisation's tips a staff member's roles entitle them to read: intake investigators read the tips
/// of the organisation's own channels; every case worker (prosecutor, enforcement officer, intake investigator) reads
/// the tips of cases routed to it — the same members a routing wraps the tip keys for (RoutedAccess).
/// Entitlement is not access: access is a key wrap, which a colleague or a routing must add (see <see cref="TipKeys"/>).
/// </summary>
public static class TipAccessFamilies
{
    public const StaffRoles ChannelReaders = StaffRoles.IntakeInvestigator;
    public const StaffRoles RoutedCaseReaders = Cases.CaseWorkflow.CaseWorkerRoles;

    public static bool ReadsChannelTips(StaffRoles roles) => (roles & ChannelReaders) != StaffRoles.None;

    public static bool ReadsRoutedTips(StaffRoles roles) => (roles & RoutedCaseReaders) != StaffRoles.None;

    /// <summary>
    /// The organisation's tips (not destroyed) that a member holding <paramref name="roles"/> is entitled to read; pass
    /// a member's roles (for one family alone, use <see cref="InFamilies"/>).
    /// </summary>
    public static IQueryable<Tip> EntitledTo(this IQueryable<Tip> tips, ITipLineDatabase database, Guid organisationId, StaffRoles roles) =>
        tips.InFamilies(database, organisationId, channel: ReadsChannelTips(roles), routed: ReadsRoutedTips(roles));

    /// <summary>
    /// The organisation's tips of the named families. Families overlap in roles (an intake investigator reads both), so
    /// a caller working family by family names the family, not a role set.
    /// </summary>
    public static IQueryable<Tip> InFamilies(this IQueryable<Tip> tips, ITipLineDatabase database, Guid organisationId, bool channel, bool routed)
    {
        ArgumentNullException.ThrowIfNull(database);
        return tips.VisibleTo(database, organisationId)
            .Where(t => (channel && database.Channels.Any(ch => ch.Id == t.ChannelId && ch.OrganisationId == organisationId))
                || (routed && t.CaseId != null && database.CaseRoutings.Any(r => r.CaseId == t.CaseId && r.OrganisationId == organisationId)));
    }
}
