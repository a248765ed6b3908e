using TipLine.Application.Abstractions;
using TipLine.Application.Accounts;
using TipLine.Application.Validation;
using TipLine.Domain.Time;

namespace TipLine.Application.Staff.AcceptInvitation;

/// <summary>The password policy, judged against the invited login name. A link that does not work is left to the handler ("not found").</summary>
public sealed class AcceptInvitationValidator(ITipLineDatabase database, TimeProvider clock) : IValidator<AcceptInvitation>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(AcceptInvitation request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invitation = await InvitationTokens.FindUsableAsync(database, request.Token, clock.Today(), cancellationToken).ConfigureAwait(false);
        return invitation is null ? [] : PasswordPolicy.Check(invitation.UserName, request.Password, request.PasswordConfirmation, nameof(request.Password));
    }
}
