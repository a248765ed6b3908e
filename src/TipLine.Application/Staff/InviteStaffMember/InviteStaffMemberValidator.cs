using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Validation;
using TipLine.Domain.Time;

namespace TipLine.Application.Staff.InviteStaffMember;

/// <summary>A valid login name nobody has or has been invited under (in any organisation), a display name and at least one role.</summary>
public sealed class InviteStaffMemberValidator(ITipLineDatabase database, TimeProvider clock) : IValidator<InviteStaffMember>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(InviteStaffMember request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        var userName = StaffMemberRules.NormaliseUserName(request.UserName);
        if (StaffMemberRules.CheckUserName(userName) is { } userNameProblem)
        {
            problems.Add(userNameProblem);
        }
        else if (await IsTakenAsync(userName, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new(nameof(request.UserName), StaffMemberRules.UserNameTaken));
        }

        problems.AddRange(new[] { StaffMemberRules.CheckDisplayName(request.DisplayName), StaffMemberRules.CheckRoles(request.Roles) }.OfType<ValidationProblem>());
        return problems;
    }

    private async Task<bool> IsTakenAsync(string userName, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return await database.StaffUsers.AnyAsync(u => u.UserName == userName, cancellationToken).ConfigureAwait(false)
            || await database.StaffInvitations
                .AnyAsync(i => i.UserName == userName && i.AcceptedAsUserId == null && i.ExpiresOn >= today, cancellationToken).ConfigureAwait(false);
    }
}
