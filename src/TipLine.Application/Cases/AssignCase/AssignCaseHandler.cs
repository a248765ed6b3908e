using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.AssignCase;

public sealed class AssignCaseHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<AssignCase>
{
    public const string AssigneeInvalid = "case.assignee.invalid";

    public async ValueTask<Unit> Handle(AssignCase command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.Assign, command.CaseId, nameof(AssignCase), cancellationToken).ConfigureAwait(false);
        if (command.AssigneeUserId is { } assigneeId)
        {
            var assignee = await database.StaffUsers.AsNoTracking()
                .SingleOrDefaultAsync(u => u.Id == assigneeId && u.OrganisationId == @case.OrganisationId && !u.IsDisabled, cancellationToken)
                .ConfigureAwait(false);
            if (assignee is null || !assignee.HasRole(StaffRoles.IntakeInvestigator))
            {
                throw CaseWorkflow.Refusal(nameof(AssignCase), nameof(command.AssigneeUserId), AssigneeInvalid);
            }
        }

        @case.Assign(command.AssigneeUserId);
        return Unit.Value;
    }
}
