namespace TipLine.Domain.Cases;

/// <summary>A case shared with another organisation; its members get wraps of the case's tip keys while it exists.</summary>
public sealed class CaseRouting
{
    private CaseRouting()
    {
    }

    public CaseRouting(Guid id, Guid caseId, Guid organisationId, Guid routedByUserId, DateOnly routedOn)
    {
        Id = id;
        CaseId = caseId;
        OrganisationId = organisationId;
        RoutedByUserId = routedByUserId;
        RoutedOn = routedOn;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid RoutedByUserId { get; private set; }

    public DateOnly RoutedOn { get; private set; }
}
