namespace TipLine.Domain.Cases;

/// <summary>
/// A notice to an online platform naming listings and seller handles only, never anything about the whistleblower.
/// Its text is an age file to the platform organisation's members (and the issuing organisation's), so the platform
/// sees the notice without ever getting access to the case or its tips.
/// </summary>
public sealed class TakedownNotice
{
    private TakedownNotice()
    {
        Ciphertext = [];
    }

    public TakedownNotice(Guid id, Guid caseId, Guid platformOrganisationId, Guid issuedByUserId, byte[] ciphertext, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        Id = id;
        CaseId = caseId;
        PlatformOrganisationId = platformOrganisationId;
        IssuedByUserId = issuedByUserId;
        Ciphertext = ciphertext;
        IssuedOn = issuedOn;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PlatformOrganisationId { get; private set; }

    public Guid IssuedByUserId { get; private set; }

    public byte[] Ciphertext { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The day the platform said the listings were removed, if it has.</summary>
    public DateOnly? ActedOnOn { get; private set; }

    public void RecordActedOn(DateOnly day) => ActedOnOn ??= day;
}
