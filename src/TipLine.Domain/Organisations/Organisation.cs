namespace TipLine.Domain.Organisations;

/// <summary>A body whose staff receive, investigate or act on tips.</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Name = string.Empty;
        Jurisdictions = string.Empty;
    }

    public Organisation(Guid id, string name, OrganisationType type, IEnumerable<string> jurisdictions, DateOnly createdOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name.Trim();
        Type = type;
        Jurisdictions = CountryList.Normalise(jurisdictions);
        CreatedOn = createdOn;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public OrganisationType Type { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 codes, comma separated and sorted, e.g. "FR,GA".</summary>
    public string Jurisdictions { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    /// <summary>
    /// The organisation's offline escrow key ("age1..."), if any: every tip key of its channels is also wrapped to it,
    /// so tips stay readable if every investigator's key is lost. Its private half never touches the server.
    /// </summary>
    public string? EscrowRecipient { get; private set; }

    public IReadOnlyList<string> JurisdictionCodes => CountryList.Split(Jurisdictions);

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void ChangeType(OrganisationType type) => Type = type;

    public void SetJurisdictions(IEnumerable<string> jurisdictions) => Jurisdictions = CountryList.Normalise(jurisdictions);

    public void SetEscrowRecipient(string? recipient) =>
        EscrowRecipient = string.IsNullOrWhiteSpace(recipient) ? null : recipient.Trim();
}
