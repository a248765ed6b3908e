using Microsoft.EntityFrameworkCore;
using TipLine.Application.Intake;

namespace TipLine.Cli.Channels;

/// <summary>"tipline channel list": every channel, open or closed, with its settings and how many recipients its tips get.</summary>
internal static class ListChannels
{
    public static readonly IReadOnlyList<string> Options = [];

    public static async Task<int> RunAsync(ChannelArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var database = await ChannelDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var channels = await database.Context.Channels.AsNoTracking().OrderBy(c => c.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
            var organisations = await database.Context.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken).ConfigureAwait(false);
            if (channels.Count == 0)
            {
                await output.WriteLineAsync("There are no channels yet; add one with 'tipline channel add'.").ConfigureAwait(false);
            }

            for (var i = 0; i < channels.Count; i++)
            {
                if (i > 0)
                {
                    await output.WriteLineAsync().ConfigureAwait(false);
                }

                var recipients = await ChannelRecipients.ForChannelAsync(database.Context, channels[i], cancellationToken).ConfigureAwait(false);
                await ChannelSummary.WriteAsync(output, channels[i], organisations[channels[i].OrganisationId], recipients.Count).ConfigureAwait(false);
            }
        }

        return 0;
    }
}
