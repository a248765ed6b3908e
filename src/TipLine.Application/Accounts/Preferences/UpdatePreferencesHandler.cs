using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Accounts.Preferences;

public sealed class UpdatePreferencesHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<UpdatePreferences>
{
    public async ValueTask<Unit> Handle(UpdatePreferences command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var user = await database.StaffUsers.SingleAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        user.SetLanguage(command.Language);
        user.SetNotificationEmail(command.NotificationEmail);
        return Unit.Value;
    }
}
