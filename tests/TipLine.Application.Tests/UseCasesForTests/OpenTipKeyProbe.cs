using Mediator;
using TipLine.Application.Access;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.UseCasesForTests;

/// <summary>Opens a tip key the way every reading use case does (<see cref="TipKeys.OpenAsync"/>) and answers with its public key.</summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record OpenTipKeyProbe(Guid TipId) : IQuery<string>;

public sealed class OpenTipKeyProbeHandler(TipKeys tipKeys) : IQueryHandler<OpenTipKeyProbe, string>
{
    public async ValueTask<string> Handle(OpenTipKeyProbe query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var tipKey = await tipKeys.OpenAsync(query.TipId, cancellationToken);
        return tipKey.Recipient.ToString();
    }
}
