namespace TipLine.Domain.Cases;

/// <summary>
/// An investigation built from one or more tips. Triage metadata (taxon, appendix, platform, countries, shipment)
/// is server-readable by design: routing, deadlines and CITES statistics need it. Notes are ciphertext.
/// </summary>
public sealed class Case
{
    private Case()
    {
        Reference = string.Empty;
        Countries = string.Empty;
    }

    public Case(Guid id, Guid organisationId, string reference, DateOnly openedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        Id = id;
        OrganisationId = organisationId;
        Reference = reference;
        OpenedOn = openedOn;
        Status = CaseStatus.New;
        Countries = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The intake organisation that owns the case.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>Human reference, e.g. "TL-2026-00042".</summary>
    public string Reference { get; private set; }

    public CaseStatus Status { get; private set; }

    public CaseOutcome? Outcome { get; private set; }

    public string? Taxon { get; private set; }

    public CitesAppendix? CitesAppendix { get; private set; }

    public string? Platform { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 codes, canonical comma-separated form.</summary>
    public string Countries { get; private set; }

    public string? ShipmentMethod { get; private set; }

    public Urgency Urgency { get; private set; }

    public Guid? AssignedToUserId { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The channel of the case's first tip; statistics and retention are per channel.</summary>
    public Guid? ChannelId { get; private set; }

    /// <summary>The day retention crypto-shredded the case: wraps, blobs and ciphertext are gone; triage metadata stays for statistics.</summary>
    public DateOnly? DestroyedOn { get; private set; }

    public bool IsDestroyed => DestroyedOn is not null;

    public void RecordChannel(Guid channelId) => ChannelId ??= channelId;

    public void MarkDestroyed(DateOnly day)
    {
        if (Status != CaseStatus.Closed)
        {
            throw new InvalidOperationException("Only a closed case can be destroyed.");
        }

        DestroyedOn ??= day;
    }

    public void Triage(string? taxon, CitesAppendix? appendix, string? platform, string countries, string? shipmentMethod, Urgency urgency)
    {
        EnsureOpen();
        Taxon = taxon;
        CitesAppendix = appendix;
        Platform = platform;
        Countries = countries;
        ShipmentMethod = shipmentMethod;
        Urgency = urgency;
        if (Status == CaseStatus.New)
        {
            Status = CaseStatus.Triaged;
        }
    }

    public void Assign(Guid? userId)
    {
        EnsureOpen();
        AssignedToUserId = userId;
    }

    /// <summary>Moves the case along its workflow; the allowed moves live in <see cref="CaseTransitions"/>.</summary>
    public void MoveTo(CaseStatus next)
    {
        EnsureOpen();
        if (next == CaseStatus.Closed)
        {
            throw new InvalidOperationException("Close a case with Close(outcome, day).");
        }

        if (!CaseTransitions.IsAllowed(Status, next))
        {
            throw new InvalidOperationException($"A case cannot move from {Status} to {next}.");
        }

        Status = next;
    }

    public void Close(CaseOutcome outcome, DateOnly day)
    {
        EnsureOpen();
        Status = CaseStatus.Closed;
        Outcome = outcome;
        ClosedOn = day;
    }

    private void EnsureOpen()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new InvalidOperationException("A closed case cannot change.");
        }
    }
}
