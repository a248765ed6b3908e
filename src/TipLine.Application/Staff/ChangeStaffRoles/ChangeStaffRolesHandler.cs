using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.ChangeStaffRoles;

public sealed class ChangeStaffRolesHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<ChangeStaffRoles, Unit>
{
    public async ValueTask<Unit> Handle(ChangeStaffRoles command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var member = await OrganisationStaff.FindMemberAsync(database, actor, command.UserId, cancellationToken).ConfigureAwait(false);
        if (!command.Roles.HasFlag(StaffRoles.Administrator))
        {
            await OrganisationStaff.EnsureAnotherAdministratorRemainsAsync(database, member, nameof(ChangeStaffRoles), cancellationToken).ConfigureAwait(false);
        }

        var before = member.Roles;
        member.ChangeRoles(command.Roles);
        if ((TipAccessFamilies.ReadsChannelTips(before) && !TipAccessFamilies.ReadsChannelTips(command.Roles))
            || (TipAccessFamilies.ReadsRoutedTips(before) && !TipAccessFamilies.ReadsRoutedTips(command.Roles)))
        {
            var stillEntitled = database.Tips.EntitledTo(database, member.OrganisationId, command.Roles);
            await database.TipKeyWraps
                .Where(w => w.StaffUserId == member.Id && w.GrantedToOrganisationId == member.OrganisationId && !stillEntitled.Any(t => t.Id == w.TipId))
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        return Unit.Value;
    }
}
