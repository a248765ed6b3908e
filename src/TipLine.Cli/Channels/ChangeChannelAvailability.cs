using TipLine.Application.Audit;
using TipLine.Application.Intake;
using TipLine.Domain.Channels;

namespace TipLine.Cli.Channels;

/// <summary>
/// "tipline channel close" and "tipline channel open": whether the channel's form takes new tips. Doing either twice
/// is not an error (scripts may repeat it) but changes nothing and writes no audit entry.
/// </summary>
internal static class ChangeChannelAvailability
{
    public static readonly IReadOnlyList<string> Options = [ChannelArguments.Slug];

    public static async Task<int> RunAsync(bool open, ChannelArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var slug = ChannelSlug.Parse(arguments.Required(ChannelArguments.Slug));
        var database = await ChannelDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            Channel? channel = null;
            var changed = await database.ChangeAsync(
                async token =>
                {
                    channel = await database.FindChannelAsync(slug, token).ConfigureAwait(false);
                    if (channel.IsOpen == open)
                    {
                        return null;
                    }

                    if (open)
                    {
                        channel.Reopen();
                    }
                    else
                    {
                        channel.Close();
                    }

                    return new AuditedAction(open ? "channel.open" : "channel.close", "Channel", channel.Id.ToString());
                },
                cancellationToken).ConfigureAwait(false);

            await output.WriteLineAsync((open, changed) switch
            {
                (true, true) => $"Opened the channel '{slug}': /report/{slug} takes tips again.",
                (true, false) => $"The channel '{slug}' is already open; nothing changed.",
                (false, true) => $"Closed the channel '{slug}': /report/{slug} takes no new tips. Tips already received, and their follow-up, are not affected.",
                (false, false) => $"The channel '{slug}' is already closed; nothing changed.",
            }).ConfigureAwait(false);

            if (open)
            {
                var recipients = await ChannelRecipients.ForChannelAsync(database.Context, channel!, cancellationToken).ConfigureAwait(false);
                var organisationName = await database.OrganisationNameAsync(channel!.OrganisationId, cancellationToken).ConfigureAwait(false);
                await NoRecipientsWarning.WriteIfNoneAsync(error, channel, organisationName, recipients.Count).ConfigureAwait(false);
            }
        }

        return 0;
    }
}
