using System.Globalization;
using TipLine.Domain.Channels;

namespace TipLine.Cli.Channels;

/// <summary>
/// The settings given on the command line, each null when not given, every one already validated so that applying
/// them to a <see cref="Channel"/> cannot fail halfway.
/// </summary>
internal sealed record ChannelSettings(
    string? Name,
    string? Description,
    IReadOnlyList<string>? Languages,
    long? MaximumFileBytes,
    int? MaximumFiles,
    int? RetentionDays)
{
    public const long BytesPerMebibyte = 1024 * 1024;
    public const int LargestFileMebibytes = (int)(Channel.LargestAllowedFileBytes / BytesPerMebibyte);

    public bool IsEmpty => this is { Name: null, Description: null, Languages: null, MaximumFileBytes: null, MaximumFiles: null, RetentionDays: null };

    /// <summary>Reads and checks the setting options; throws <see cref="ChannelUsageException"/> naming the first bad one.</summary>
    public static ChannelSettings From(ChannelArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var mebibytes = ParseNumber(arguments[ChannelArguments.MaximumFileMebibytes], ChannelArguments.MaximumFileMebibytes, LargestFileMebibytes, "MiB (16 GiB)");
        return new ChannelSettings(
            ParseName(arguments[ChannelArguments.Name]),
            ParseDescription(arguments[ChannelArguments.Description]),
            ParseLanguages(arguments[ChannelArguments.Languages]),
            mebibytes * BytesPerMebibyte,
            ParseNumber(arguments[ChannelArguments.MaximumFiles], ChannelArguments.MaximumFiles, int.MaxValue, "files"),
            ParseNumber(arguments[ChannelArguments.RetentionDays], ChannelArguments.RetentionDays, Channel.LongestRetentionDays, "days (100 years)"));
    }

    /// <summary>Applies the given settings; true when the channel differs afterwards, so an unchanged channel gets no audit entry.</summary>
    public bool ApplyTo(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var before = Snapshot(channel);
        if (Name is not null)
        {
            channel.Rename(Name);
        }

        if (Description is not null)
        {
            channel.Describe(Description);
        }

        if (Languages is not null)
        {
            channel.OfferIn(Languages);
        }

        channel.ChangeLimits(MaximumFileBytes ?? channel.MaximumFileBytes, MaximumFiles ?? channel.MaximumFiles, RetentionDays ?? channel.RetentionDays);
        return before != Snapshot(channel);
    }

    private static (string, string, string, long, int, int) Snapshot(Channel channel) =>
        (channel.Name, channel.Description, channel.Languages, channel.MaximumFileBytes, channel.MaximumFiles, channel.RetentionDays);

    private static string? ParseName(string? value) =>
        value is null || Channel.IsValidName(value)
            ? value
            : throw new ChannelUsageException($"{ChannelArguments.Name} must be one line of 1 to {Channel.MaximumNameLength} characters.");

    private static string? ParseDescription(string? value) =>
        value is null || Channel.IsValidDescription(value)
            ? value
            : throw new ChannelUsageException(
                $"{ChannelArguments.Description} may have at most {Channel.MaximumDescriptionLength} characters, and no control characters but line feeds.");

    private static List<string>? ParseLanguages(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var supported = string.Join(", ", Channel.SupportedLanguages);
        var codes = value.Split(',').Select(code => code.Trim().ToLowerInvariant()).ToList();
        foreach (var code in codes)
        {
            if (!Channel.IsSupportedLanguage(code))
            {
                throw new ChannelUsageException(
                    $"{ChannelArguments.Languages}: '{code}' is not a language TipLine's forms are translated into ({supported}); separate them with commas, e.g. en,fr.");
            }
        }

        var repeated = codes.GroupBy(code => code, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return repeated is null
            ? codes
            : throw new ChannelUsageException($"{ChannelArguments.Languages}: '{repeated.Key}' is given more than once.");
    }

    private static int? ParseNumber(string? value, string option, int largest, string unit)
    {
        if (value is null)
        {
            return null;
        }

        // NumberStyles.None: no sign, spaces, separators or exponents, so "1e3", "1,000" and "-5" are all refused.
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= largest
            ? number
            : throw new ChannelUsageException(largest == int.MaxValue
                ? $"{option} must be a whole number from 1 up, not '{value}'."
                : $"{option} must be a whole number from 1 to {largest.ToString("N0", CultureInfo.InvariantCulture)} {unit}, not '{value}'.");
    }
}
