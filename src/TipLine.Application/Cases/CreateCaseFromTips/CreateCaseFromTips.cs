using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.CreateCaseFromTips;

/// <summary>
/// Opens a case from one or more tips of the actor's organisation that are in no case yet (several tips about the
/// same listing or trader are merged into one case). The case gets the next reference of the year, "TL-2026-00042".
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record CreateCaseFromTips(IReadOnlyList<Guid> TipIds) : ICommand<CreatedCase>, IAuditedRequest<CreatedCase>
{
    public AuditedAction DescribeForAudit(CreatedCase response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new("case.create", nameof(Case), response.Id.ToString("D"));
    }
}

public sealed record CreatedCase(Guid Id, string Reference);
