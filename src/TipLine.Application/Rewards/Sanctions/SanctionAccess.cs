using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Application.Errors;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Sanctions;

/// <summary>
/// Who may read and write a case's sanctions ledger: case workers who see the case, and reward officers whose
/// organisation runs a programme the case was referred to. Anyone else is told the case does not exist.
/// </summary>
internal static class SanctionAccess
{
    public static async Task EnsureAsync(ITipLineDatabase database, ICurrentActor actor, Guid caseId, CancellationToken cancellationToken)
    {
        var organisationId = actor.RequireOrganisation();
        if ((actor.Roles & CaseWorkflow.CaseWorkerRoles) != StaffRoles.None
            && await database.Cases.VisibleTo(database, organisationId).AnyAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if ((actor.Roles & StaffRoles.RewardOfficer) == StaffRoles.RewardOfficer
            && await database.ReferralsVisibleTo(organisationId).AnyAsync(r => r.CaseId == caseId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        throw new NotFoundException("case");
    }
}
