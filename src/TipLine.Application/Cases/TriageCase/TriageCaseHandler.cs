using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Domain.Catalogue;
using TipLine.Domain.Organisations;

namespace TipLine.Application.Cases.TriageCase;

public sealed class TriageCaseHandler(ITipLineDatabase database, ICurrentActor actor, SpeciesList species) : ICommandHandler<TriageCase>
{
    public async ValueTask<Unit> Handle(TriageCase command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.Triage, command.CaseId, nameof(TriageCase), cancellationToken).ConfigureAwait(false);

        // Stored as the catalogue spells it, so statistics and routing rules see one name per taxon.
        var taxon = string.IsNullOrWhiteSpace(command.Taxon) ? null : species.Find(command.Taxon)!.ScientificName;
        var platform = string.IsNullOrWhiteSpace(command.Platform) ? null : command.Platform.Trim();
        var shipment = string.IsNullOrEmpty(command.ShipmentMethod) ? null : command.ShipmentMethod;
        @case.Triage(taxon, command.Appendix, platform, CountryList.Normalise(command.Countries ?? []), shipment, command.Urgency);
        return Unit.Value;
    }
}
