using Microsoft.EntityFrameworkCore;
using TipLine.Application.Intake;

namespace TipLine.Cli.Channels;

/// <summary>
/// "tipline channel recipients": the age recipients a new tip's key is wrapped to, exactly as intake computes them,
/// written as an age recipients file ('#' lines say whose key each one is), so it can be read or fed to age -R.
/// </summary>
internal static class ShowChannelRecipients
{
    public static readonly IReadOnlyList<string> Options = [ChannelArguments.Slug];

    public static async Task<int> RunAsync(ChannelArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var slug = ChannelSlug.Parse(arguments.Required(ChannelArguments.Slug));
        var database = await ChannelDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var channel = await database.FindChannelAsync(slug, cancellationToken).ConfigureAwait(false);
            var organisationName = await database.OrganisationNameAsync(channel.OrganisationId, cancellationToken).ConfigureAwait(false);
            var recipients = await ChannelRecipients.ForChannelAsync(database.Context, channel, cancellationToken).ConfigureAwait(false);
            if (recipients.Count == 0)
            {
                throw new ChannelRefusedException(NoRecipientsWarning.Text(channel, organisationName));
            }

            var staffIds = recipients.Where(r => r.StaffUserId is not null).Select(r => r.StaffUserId!.Value).ToList();
            var staff = await database.Context.StaffUsers.AsNoTracking()
                .Where(u => staffIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => $"{u.UserName} ({u.DisplayName})", cancellationToken).ConfigureAwait(false);

            await output.WriteLineAsync($"# Tip keys of the channel '{slug}'{(channel.IsOpen ? string.Empty : " (closed)")} are wrapped to these {recipients.Count} age recipient(s).").ConfigureAwait(false);
            foreach (var recipient in recipients)
            {
                var owner = recipient.StaffUserId is { } id
                    ? $"intake investigator {staff[id]} of '{organisationName}'"
                    : $"escrow key of '{organisationName}'";
                await output.WriteLineAsync("# " + OneLine(owner)).ConfigureAwait(false);
                await output.WriteLineAsync(recipient.Recipient).ConfigureAwait(false);
            }
        }

        return 0;
    }

    // A name with a line break would end the comment and let the rest of it be read as a recipient line.
    private static string OneLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
}
