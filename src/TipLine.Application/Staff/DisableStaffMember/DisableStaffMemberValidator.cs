using TipLine.Application.Abstractions;
using TipLine.Application.Validation;

namespace TipLine.Application.Staff.DisableStaffMember;

/// <summary>An administrator cannot disable themselves (someone else must, so one mistaken click cannot lock them out).</summary>
public sealed class DisableStaffMemberValidator(ICurrentActor actor) : IValidator<DisableStaffMember>
{
    public const string Self = "staff.disable.self";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(DisableStaffMember request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = request.UserId == actor.UserId ? [new(nameof(request.UserId), Self)] : [];
        return ValueTask.FromResult(problems);
    }
}
