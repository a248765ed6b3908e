using Mediator;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Staff.ResetSecondFactor;

public sealed class ResetSecondFactorHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<ResetSecondFactor, Unit>
{
    public async ValueTask<Unit> Handle(ResetSecondFactor command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var member = await OrganisationStaff.FindMemberAsync(database, actor, command.UserId, cancellationToken).ConfigureAwait(false);
        member.ResetSecondFactor();
        await OrganisationStaff.EndSessionsAsync(database, member.Id, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
