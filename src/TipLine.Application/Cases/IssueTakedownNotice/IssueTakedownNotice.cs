using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.IssueTakedownNotice;

/// <summary>
/// Sends an online platform a notice naming listings (absolute http(s) URLs) and seller handles, with an optional note,
/// encrypted to the platform's enabled staff and the issuer. The platform sees the notice, never the case or its tips.
/// Returns the notice's id.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record IssueTakedownNotice(
    Guid CaseId,
    Guid PlatformOrganisationId,
    IReadOnlyList<string> ListingUrls,
    IReadOnlyList<string> SellerHandles,
    string? Note) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("case.takedown.issue", nameof(Case), CaseId.ToString("D"));
}
