using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Staff.DisableStaffMember;

public sealed class DisableStaffMemberHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<DisableStaffMember, Unit>
{
    public async ValueTask<Unit> Handle(DisableStaffMember command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var member = await OrganisationStaff.FindMemberAsync(database, actor, command.UserId, cancellationToken).ConfigureAwait(false);
        await OrganisationStaff.EnsureAnotherAdministratorRemainsAsync(database, member, nameof(DisableStaffMember), cancellationToken).ConfigureAwait(false);
        member.Disable();
        await OrganisationStaff.EndSessionsAsync(database, member.Id, cancellationToken).ConfigureAwait(false);
        await database.TipKeyWraps.Where(w => w.StaffUserId == member.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
