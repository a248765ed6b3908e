using Mediator;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Staff.EnableStaffMember;

public sealed class EnableStaffMemberHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<EnableStaffMember, Unit>
{
    public async ValueTask<Unit> Handle(EnableStaffMember command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var member = await OrganisationStaff.FindMemberAsync(database, actor, command.UserId, cancellationToken).ConfigureAwait(false);
        member.Enable();
        return Unit.Value;
    }
}
