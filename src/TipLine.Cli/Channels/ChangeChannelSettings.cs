using TipLine.Application.Audit;
using TipLine.Application.Intake;
using TipLine.Domain.Channels;

namespace TipLine.Cli.Channels;

/// <summary>
/// "tipline channel set": changes the given settings of one channel and leaves the others as they are. The slug and
/// the organisation are not settings: links and posters carry the slug, and earlier tips were wrapped for that organisation.
/// </summary>
internal static class ChangeChannelSettings
{
    public static readonly IReadOnlyList<string> Options = [ChannelArguments.Slug, .. ChannelArguments.SettingOptions];

    public static async Task<int> RunAsync(ChannelArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var slug = ChannelSlug.Parse(arguments.Required(ChannelArguments.Slug));
        var settings = ChannelSettings.From(arguments);
        if (settings.IsEmpty)
        {
            throw new ChannelUsageException($"'channel set' needs at least one of {string.Join(", ", ChannelArguments.SettingOptions)}.");
        }

        var database = await ChannelDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            Channel? channel = null;
            var changed = await database.ChangeAsync(
                async token =>
                {
                    channel = await database.FindChannelAsync(slug, token).ConfigureAwait(false);
                    return settings.ApplyTo(channel) ? new AuditedAction("channel.update", "Channel", channel.Id.ToString()) : null;
                },
                cancellationToken).ConfigureAwait(false);

            var recipients = await ChannelRecipients.ForChannelAsync(database.Context, channel!, cancellationToken).ConfigureAwait(false);
            var organisationName = await database.OrganisationNameAsync(channel!.OrganisationId, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(changed ? "Changed the channel:" : "Nothing to change; the channel already has these settings:").ConfigureAwait(false);
            await ChannelSummary.WriteAsync(output, channel, organisationName, recipients.Count).ConfigureAwait(false);
        }

        return 0;
    }
}
