using TipLine.Domain.Channels;

namespace TipLine.Cli.Channels;

/// <summary>Checks the --slug value as typed: a wrong slug is reported, never silently lower-cased into another channel's.</summary>
internal static class ChannelSlug
{
    public static string Parse(string value) =>
        Channel.IsValidSlug(value)
            ? value
            : throw new ChannelUsageException(
                $"--slug '{value}' is not a channel slug: {Channel.MinimumSlugLength} to {Channel.MaximumSlugLength} characters among a-z, 0-9 and '-' (it becomes the address /report/SLUG).");
}
