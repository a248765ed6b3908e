using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.UseCasesForTests;

/// <summary>Writes an organisation and an audit entry, flushes them to the database, then fails.</summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record FailingCreateOrganisation(string Name) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("organisation.create", nameof(Organisation), response.ToString("D"));
}

public sealed class FailingCreateOrganisationHandler(ITipLineDatabase database, AuditLog auditLog) : ICommandHandler<FailingCreateOrganisation, Guid>
{
    public async ValueTask<Guid> Handle(FailingCreateOrganisation command, CancellationToken cancellationToken)
    {
        database.Organisations.Add(new Organisation(Guid.NewGuid(), command.Name, OrganisationType.IntakeUnit, ["FR"], DateOnly.MinValue));
        await auditLog.AppendAsync(null, new AuditedAction("organisation.create", nameof(Organisation), null), cancellationToken);
        await database.SaveChangesAsync(cancellationToken);
        throw new InvalidOperationException("The handler failed after writing.");
    }
}
