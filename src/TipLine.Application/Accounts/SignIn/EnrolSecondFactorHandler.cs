using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Crypto.Totp;

namespace TipLine.Application.Accounts.SignIn;

public sealed class EnrolSecondFactorHandler(PendingSignIn pending, ISecretSealer sealer, TimeProvider clock) : ICommandHandler<EnrolSecondFactor, SecondFactorEnrolment?>
{
    public async ValueTask<SecondFactorEnrolment?> Handle(EnrolSecondFactor command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var found = await pending.FindAsync(command.SessionId, command.UserId, cancellationToken).ConfigureAwait(false);

        // Enrolment is for users without a second factor only; with one, a stolen password must not replace it.
        if (found is not var (session, user) || user.SealedTotpSecret is not null || command.TotpSecret is not { Length: TotpAuthenticator.SecretLength })
        {
            return null;
        }

        if (TotpAuthenticator.Verify(command.TotpSecret, command.Code, clock.GetUtcNow()) is not { } step || !user.TryAcceptTotpStep(step))
        {
            await pending.FailAsync(session, user, "staff.second-factor.enrol", cancellationToken).ConfigureAwait(false);
            return null;
        }

        user.EnrolSecondFactor(sealer.Seal(command.TotpSecret));
        var codes = RecoveryCodes.Generate();
        user.ReplaceRecoveryCodes(codes.Select(RecoveryCodes.HashOf));
        return new SecondFactorEnrolment(await pending.CompleteAsync(session, user, "staff.second-factor.enrol", cancellationToken).ConfigureAwait(false), codes);
    }
}
