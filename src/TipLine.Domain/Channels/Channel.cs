namespace TipLine.Domain.Channels;

/// <summary>
/// An intake channel: a form whose tips go to one organisation's intake staff. Channel settings are public
/// (shown on the form), so nothing here is secret.
/// </summary>
public sealed class Channel
{
    public const long DefaultMaximumFileBytes = 2L * 1024 * 1024 * 1024;
    public const int DefaultRetentionDays = 365 * 5;

    private Channel()
    {
        Slug = string.Empty;
        Name = string.Empty;
        Description = string.Empty;
        Languages = string.Empty;
    }

    public Channel(Guid id, Guid organisationId, string slug, string name, string description, string languages, DateOnly createdOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        OrganisationId = organisationId;
        Slug = slug.Trim().ToLowerInvariant();
        Name = name.Trim();
        Description = description.Trim();
        Languages = languages;
        MaximumFileBytes = DefaultMaximumFileBytes;
        MaximumFiles = 20;
        RetentionDays = DefaultRetentionDays;
        IsOpen = true;
        CreatedOn = createdOn;
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation whose intake staff receive this channel's tips.</summary>
    public Guid OrganisationId { get; private set; }

    public string Slug { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    /// <summary>Languages the channel is offered in, e.g. "en,fr,es".</summary>
    public string Languages { get; private set; }

    public long MaximumFileBytes { get; private set; }

    public int MaximumFiles { get; private set; }

    /// <summary>Days after a case is closed before its tips are crypto-shredded.</summary>
    public int RetentionDays { get; private set; }

    public bool IsOpen { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    public void ChangeLimits(long maximumFileBytes, int maximumFiles, int retentionDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumFileBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumFiles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(retentionDays);
        MaximumFileBytes = maximumFileBytes;
        MaximumFiles = maximumFiles;
        RetentionDays = retentionDays;
    }

    public void Close() => IsOpen = false;
}
