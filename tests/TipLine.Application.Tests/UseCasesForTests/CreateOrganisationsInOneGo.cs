using Mediator;
using TipLine.Application.Authorization;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.UseCasesForTests;

/// <summary>A use case that runs others through the mediator: they must join its single transaction.</summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record CreateOrganisationsInOneGo(IReadOnlyList<string> Names) : ICommand<int>;

public sealed class CreateOrganisationsInOneGoHandler(IMediator mediator) : ICommandHandler<CreateOrganisationsInOneGo, int>
{
    public async ValueTask<int> Handle(CreateOrganisationsInOneGo command, CancellationToken cancellationToken)
    {
        foreach (var name in command.Names)
        {
            await mediator.Send(new CreateOrganisation(name, OrganisationType.WildlifePolice, ["KE"]), cancellationToken);
        }

        return command.Names.Count;
    }
}
