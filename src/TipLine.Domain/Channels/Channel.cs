namespace TipLine.Domain.Channels;

/// <summary>
/// An intake channel: a form whose tips go to one organisation's intake staff. Channel settings are public
/// (shown on the form), so nothing here is secret.
/// </summary>
public sealed class Channel
{
    public const long DefaultMaximumFileBytes = 2L * 1024 * 1024 * 1024;
    public const int DefaultMaximumFiles = 20;
    public const int DefaultRetentionDays = 365 * 5;

    public const int MinimumSlugLength = 2;
    public const int MaximumSlugLength = 40;

    /// <summary>The size of the Name column.</summary>
    public const int MaximumNameLength = 200;

    /// <summary>The size of the Description column.</summary>
    public const int MaximumDescriptionLength = 4000;

    /// <summary>
    /// The largest per-file limit an administrator may set: uploads are buffered as blob files on the server's disk
    /// and padded before encryption, so a larger limit would let one tip fill a volume. Checked where limits are
    /// configured rather than in <see cref="ChangeLimits"/>, which stays open so storage tests can exercise 64-bit sizes.
    /// </summary>
    public const long LargestAllowedFileBytes = 16L * 1024 * 1024 * 1024;

    /// <summary>A century: longer than any legal retention period, and far from the end of the calendar when added to a day.</summary>
    public const int LongestRetentionDays = 36_500;

    /// <summary>The languages the intake pages are translated into, in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> SupportedLanguages = ["en", "fr", "es"];

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
        ArgumentNullException.ThrowIfNull(languages);
        var normalisedSlug = slug.Trim().ToLowerInvariant();
        if (!IsValidSlug(normalisedSlug))
        {
            throw new ArgumentException(
                $"A channel slug has {MinimumSlugLength} to {MaximumSlugLength} characters among a-z, 0-9 and '-'.", nameof(slug));
        }

        Id = id;
        OrganisationId = organisationId;
        Slug = normalisedSlug;
        Name = string.Empty;
        Description = string.Empty;
        Languages = string.Empty;
        Rename(name);
        Describe(description);
        OfferIn(languages.Split(','));
        MaximumFileBytes = DefaultMaximumFileBytes;
        MaximumFiles = DefaultMaximumFiles;
        RetentionDays = DefaultRetentionDays;
        IsOpen = true;
        CreatedOn = createdOn;
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation whose intake staff receive this channel's tips.</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The channel's part of the form address, /report/{slug}; it never changes, since it is printed on posters and links.</summary>
    public string Slug { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    /// <summary>Languages the channel is offered in, e.g. "en,fr,es", always in the order of <see cref="SupportedLanguages"/>.</summary>
    public string Languages { get; private set; }

    public long MaximumFileBytes { get; private set; }

    public int MaximumFiles { get; private set; }

    /// <summary>Days after a case is closed before its tips are crypto-shredded.</summary>
    public int RetentionDays { get; private set; }

    public bool IsOpen { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    /// <summary>Lower-case letters, digits and hyphens, 2 to 40 of them: safe in a URL path without escaping.</summary>
    public static bool IsValidSlug(string? slug) =>
        slug is { Length: >= MinimumSlugLength and <= MaximumSlugLength } && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>A name is one line of visible text; control characters would garble the form and the back office.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= MaximumNameLength && !name.Any(char.IsControl);

    /// <summary>A description may be empty and may span lines, but holds no other control characters.</summary>
    public static bool IsValidDescription(string? description) =>
        description is not null && description.Trim().Length <= MaximumDescriptionLength && !description.Any(c => char.IsControl(c) && c != '\n');

    public static bool IsSupportedLanguage(string code) => SupportedLanguages.Contains(code, StringComparer.Ordinal);

    public void Rename(string name)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"A channel name is one line of 1 to {MaximumNameLength} characters.", nameof(name));
        }

        Name = name.Trim();
    }

    public void Describe(string description)
    {
        if (!IsValidDescription(description))
        {
            throw new ArgumentException($"A channel description has at most {MaximumDescriptionLength} characters and no control characters but line feeds.", nameof(description));
        }

        Description = description.Trim();
    }

    /// <summary>Offers the channel in these languages (at least one, each supported, none twice).</summary>
    public void OfferIn(IEnumerable<string> languageCodes)
    {
        ArgumentNullException.ThrowIfNull(languageCodes);
        var codes = languageCodes.Select(code => code.Trim()).ToList();
        if (codes.Count == 0 || !codes.All(IsSupportedLanguage) || codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            throw new ArgumentException($"A channel is offered in one or more of {string.Join(", ", SupportedLanguages)}, each once.", nameof(languageCodes));
        }

        Languages = string.Join(',', SupportedLanguages.Where(codes.Contains));
    }

    public void ChangeLimits(long maximumFileBytes, int maximumFiles, int retentionDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumFileBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumFiles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(retentionDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(retentionDays, LongestRetentionDays);
        MaximumFileBytes = maximumFileBytes;
        MaximumFiles = maximumFiles;
        RetentionDays = retentionDays;
    }

    public void Close() => IsOpen = false;

    public void Reopen() => IsOpen = true;
}
