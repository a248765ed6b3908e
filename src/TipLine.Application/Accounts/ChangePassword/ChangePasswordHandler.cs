using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Application.Staff;
using TipLine.Crypto.Passwords;

namespace TipLine.Application.Accounts.ChangePassword;

public sealed class ChangePasswordHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock, StaffPasswordCosts costs) : ICommandHandler<ChangePassword, bool>
{
    public async ValueTask<bool> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var user = await database.StaffUsers.SingleAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        X25519Identity identity;
        try
        {
            identity = StaffKeyring.UnlockWithPassword(user.PasswordWrappedPrivateKey, command.CurrentPassword ?? string.Empty);
        }
        catch (KeyUnlockException)
        {
            user.RecordFailedSignIn(clock.GetUtcNow());
            return false;
        }

        using (identity)
        {
            // New wraps use the deployment's current costs (as enrolment does), so a password change also upgrades an old, cheaper wrap.
            var parameters = costs.Parameters;
            user.ChangePassword(PasswordHasher.Hash(command.NewPassword, parameters), StaffKeyring.RewrapForNewPassword(identity, command.NewPassword, parameters));
        }

        await database.StaffSessions.Where(s => s.StaffUserId == userId && s.Id != command.CurrentSessionId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
