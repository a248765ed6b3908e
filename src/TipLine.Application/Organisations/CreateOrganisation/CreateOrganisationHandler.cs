using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Domain.Organisations;
using TipLine.Domain.Time;

namespace TipLine.Application.Organisations.CreateOrganisation;

public sealed class CreateOrganisationHandler(ITipLineDatabase database, TimeProvider clock) : ICommandHandler<CreateOrganisation, Guid>
{
    public ValueTask<Guid> Handle(CreateOrganisation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisation = new Organisation(Guid.NewGuid(), command.Name, command.Type, command.Jurisdictions, clock.Today());
        database.Organisations.Add(organisation);
        return ValueTask.FromResult(organisation.Id);
    }
}
