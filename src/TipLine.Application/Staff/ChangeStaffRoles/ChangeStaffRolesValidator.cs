using TipLine.Application.Validation;

namespace TipLine.Application.Staff.ChangeStaffRoles;

public sealed class ChangeStaffRolesValidator : IValidator<ChangeStaffRoles>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ChangeStaffRoles request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = StaffMemberRules.CheckRoles(request.Roles) is { } problem ? [problem] : [];
        return ValueTask.FromResult(problems);
    }
}
