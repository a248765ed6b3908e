using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Validation;

namespace TipLine.Application.Accounts.ChangePassword;

public sealed class ChangePasswordValidator(ITipLineDatabase database, ICurrentActor actor) : IValidator<ChangePassword>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ChangePassword request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userName = await database.StaffUsers.Where(u => u.Id == actor.UserId).Select(u => u.UserName)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty;
        return PasswordPolicy.Check(userName, request.NewPassword, request.NewPasswordConfirmation);
    }
}
