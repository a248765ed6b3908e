using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;

namespace TipLine.Application.Staff.InviteStaffMember;

public sealed class InviteStaffMemberHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<InviteStaffMember, IssuedInvitation>
{
    public ValueTask<IssuedInvitation> Handle(InviteStaffMember command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var (token, hash) = InvitationTokens.Issue();
        var invitation = new StaffInvitation(
            Guid.NewGuid(),
            command.OrganisationId ?? actor.RequireOrganisation(),
            command.UserName,
            command.DisplayName,
            command.Roles,
            hash,
            actor.RequireUser(),
            today,
            today.AddDays(InvitationTokens.ValidDays));
        database.StaffInvitations.Add(invitation);
        return ValueTask.FromResult(new IssuedInvitation(invitation.Id, token, invitation.ExpiresOn));
    }
}
