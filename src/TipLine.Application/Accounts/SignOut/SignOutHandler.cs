using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Accounts.SignOut;

public sealed class SignOutHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<SignOut>
{
    public async ValueTask<Unit> Handle(SignOut command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        await database.StaffSessions.Where(s => s.Id == command.SessionId && s.StaffUserId == userId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
