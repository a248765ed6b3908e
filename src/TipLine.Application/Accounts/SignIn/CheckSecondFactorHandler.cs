using System.Security.Cryptography;
using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Crypto.Totp;

namespace TipLine.Application.Accounts.SignIn;

public sealed class CheckSecondFactorHandler(PendingSignIn pending, ISecretSealer sealer, TimeProvider clock) : ICommandHandler<CheckSecondFactor, SignedInStaff?>
{
    public async ValueTask<SignedInStaff?> Handle(CheckSecondFactor command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var found = await pending.FindAsync(command.SessionId, command.UserId, cancellationToken).ConfigureAwait(false);
        if (found is not var (session, user) || user.SealedTotpSecret is null)
        {
            return null;
        }

        var code = command.Code ?? string.Empty;
        bool accepted;
        if (RecoveryCodes.LooksLikeOne(code))
        {
            accepted = RecoveryCodes.FindMatch(code, user.UnusedRecoveryCodeHashes) is { } hash && user.SpendRecoveryCode(hash);
        }
        else
        {
            var secret = sealer.Unseal(user.SealedTotpSecret);
            try
            {
                accepted = TotpAuthenticator.Verify(secret, code, clock.GetUtcNow()) is { } step && user.TryAcceptTotpStep(step);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(secret);
            }
        }

        if (!accepted)
        {
            await pending.FailAsync(session, user, "staff.signin", cancellationToken).ConfigureAwait(false);
            return null;
        }

        return await pending.CompleteAsync(session, user, "staff.signin", cancellationToken).ConfigureAwait(false);
    }
}
