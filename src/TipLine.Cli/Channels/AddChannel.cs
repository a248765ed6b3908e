using Microsoft.EntityFrameworkCore;
using TipLine.Application.Audit;
using TipLine.Application.Intake;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Time;

namespace TipLine.Cli.Channels;

/// <summary>"tipline channel add": a new, open channel of an existing organisation; settings not given take the defaults.</summary>
internal static class AddChannel
{
    public static readonly IReadOnlyList<string> Options =
        [ChannelArguments.Organisation, ChannelArguments.Slug, .. ChannelArguments.SettingOptions];

    public static async Task<int> RunAsync(ChannelArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var organisationName = arguments.Required(ChannelArguments.Organisation);
        var slug = ChannelSlug.Parse(arguments.Required(ChannelArguments.Slug));
        _ = arguments.Required(ChannelArguments.Name);
        var settings = ChannelSettings.From(arguments);

        var database = await ChannelDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            Channel? channel = null;
            Organisation? organisation = null;
            await database.ChangeAsync(
                async token =>
                {
                    organisation = await database.FindOrganisationAsync(organisationName, token).ConfigureAwait(false);
                    if (await database.Context.Channels.AnyAsync(c => c.Slug == slug, token).ConfigureAwait(false))
                    {
                        throw new ChannelRefusedException($"a channel '{slug}' already exists; change it with 'tipline channel set --slug {slug}' or choose another slug.");
                    }

                    channel = new Channel(
                        Guid.NewGuid(),
                        organisation.Id,
                        slug,
                        settings.Name!,
                        settings.Description ?? string.Empty,
                        string.Join(',', Channel.SupportedLanguages),
                        TimeProvider.System.Today());
                    settings.ApplyTo(channel);
                    database.Context.Channels.Add(channel);
                    return new AuditedAction("channel.create", "Channel", channel.Id.ToString());
                },
                cancellationToken).ConfigureAwait(false);

            var recipients = await ChannelRecipients.ForChannelAsync(database.Context, channel!, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync("Added the channel:").ConfigureAwait(false);
            await ChannelSummary.WriteAsync(output, channel!, organisation!.Name, recipients.Count).ConfigureAwait(false);
            await NoRecipientsWarning.WriteIfNoneAsync(error, channel!, organisation.Name, recipients.Count).ConfigureAwait(false);
        }

        return 0;
    }
}
