using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Domain.Organisations;

namespace TipLine.Application.Tests.UseCasesForTests;

/// <summary>A use case whose author forgot its access attribute: it must be refused to everyone.</summary>
public sealed record UnmarkedCommand(string Name) : ICommand<Guid>;

public sealed class UnmarkedCommandHandler(ITipLineDatabase database) : ICommandHandler<UnmarkedCommand, Guid>
{
    public ValueTask<Guid> Handle(UnmarkedCommand command, CancellationToken cancellationToken)
    {
        var organisation = new Organisation(Guid.NewGuid(), command.Name, OrganisationType.IntakeUnit, ["FR"], DateOnly.MinValue);
        database.Organisations.Add(organisation);
        return ValueTask.FromResult(organisation.Id);
    }
}
