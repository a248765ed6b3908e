using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Accounts.Preferences;

public sealed class ReadAccountHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ReadAccount, AccountView>
{
    public async ValueTask<AccountView> Handle(ReadAccount query, CancellationToken cancellationToken)
    {
        var userId = actor.RequireUser();
        var user = await database.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        var organisation = await database.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return new AccountView(user.UserName, user.DisplayName, organisation, user.Roles, user.PublicKey, user.Language, user.NotificationEmail, user.UnusedRecoveryCodeHashes.Count);
    }
}
