using System.Globalization;
using TipLine.Domain.Channels;

namespace TipLine.Cli.Channels;

/// <summary>Writes one channel as an indented block, the form "list", "add" and "set" all print.</summary>
internal static class ChannelSummary
{
    public static async Task WriteAsync(TextWriter output, Channel channel, string organisationName, int recipientCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(channel);
        var invariant = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"{channel.Slug}  ({(channel.IsOpen ? "open" : "closed")})  /report/{channel.Slug}").ConfigureAwait(false);
        await output.WriteLineAsync($"  name          {channel.Name}").ConfigureAwait(false);
        await output.WriteLineAsync($"  organisation  {organisationName}").ConfigureAwait(false);
        await output.WriteLineAsync($"  languages     {channel.Languages}").ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"  files         at most {channel.MaximumFiles} per tip or reply, each at most {Size(channel.MaximumFileBytes)}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"  retention     {channel.RetentionDays} days after the case is closed")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"  recipients    {recipientCount} (tipline channel recipients --slug {channel.Slug})")).ConfigureAwait(false);
        var description = channel.Description.Length == 0 ? "(none)" : channel.Description.Replace("\n", "\n                ", StringComparison.Ordinal);
        await output.WriteLineAsync($"  description   {description}").ConfigureAwait(false);
    }

    private static string Size(long bytes) =>
        bytes % ChannelSettings.BytesPerMebibyte == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / ChannelSettings.BytesPerMebibyte} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
