using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TipLine.Cli.Commands;
using TipLine.Domain.Channels;

namespace TipLine.Cli.Channels;

/// <summary>
/// "tipline channel": lists and configures the intake channels (the forms at /report/SLUG) until the back office
/// can. Exit codes as for the other verbs: 0 done, 2 bad command line (nothing read or written), 1 refused by the
/// deployment's state or a database failure (nothing written).
/// </summary>
internal sealed class ChannelCommand : ICliCommand
{
    public static readonly string Help = string.Create(CultureInfo.InvariantCulture, $"""
        Usage:
          tipline channel list
          tipline channel add --organisation NAME --slug SLUG --name NAME [settings]
          tipline channel set --slug SLUG [settings]
          tipline channel close --slug SLUG
          tipline channel open --slug SLUG
          tipline channel recipients --slug SLUG

        Settings (for add and set; set changes only those given):
          --name NAME           shown on the form: one line, at most {Channel.MaximumNameLength} characters
          --description TEXT    shown on the form: at most {Channel.MaximumDescriptionLength} characters ("" for none)
          --languages en,fr,es  languages the form is offered in, among {string.Join(", ", Channel.SupportedLanguages)} (default: all)
          --max-file-mb N       largest file a whistleblower may attach, in MiB, 1 to {ChannelSettings.LargestFileMebibytes} (default {Channel.DefaultMaximumFileBytes / ChannelSettings.BytesPerMebibyte})
          --max-files N         most files per tip or reply (default {Channel.DefaultMaximumFiles})
          --retention-days N    days after a case is closed before its tips are destroyed, 1 to {Channel.LongestRetentionDays} (default {Channel.DefaultRetentionDays})

        The slug is the form's address, /report/SLUG: {Channel.MinimumSlugLength} to {Channel.MaximumSlugLength} characters among a-z, 0-9 and '-'.
        Neither the slug nor the organisation of a channel can be changed once it is added.
        'close' stops new tips; tips already received keep their follow-up. 'open' takes tips again.

        Recipients are not set on a channel. A new tip's key is wrapped to every staff user of the channel's
        organisation who holds the IntakeInvestigator role (roles are granted in the back office), and to the
        organisation's escrow key if one was given when the deployment was created ('tipline init --escrow age1...').
        A change applies to tips submitted afterwards; earlier tips keep the recipients they were sent to.
        'recipients' prints the current list as an age recipients file.

        Every change is written to the audit log, with no user as actor (the operator at the console).
        """);

    public string Name => "channel";

    public string Summary => "list | add | set | close | open | recipients: configure the intake channels ('tipline channel help').";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Count > 0 && arguments[0] is "help" or "--help" or "-h")
        {
            await console.Error.WriteLineAsync(Help).ConfigureAwait(false);
            return 0;
        }

        var output = new StreamWriter(console.StandardOutput, leaveOpen: true);
        await using (output.ConfigureAwait(false))
        {
            try
            {
                return await DispatchAsync(arguments, output, console.Error, cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelUsageException problem)
            {
                await console.Error.WriteLineAsync($"tipline: error: {problem.Message}\n(see 'tipline channel help')").ConfigureAwait(false);
                return 2;
            }
            catch (ChannelRefusedException refusal)
            {
                await console.Error.WriteLineAsync("tipline: error: " + refusal.Message).ConfigureAwait(false);
                return 1;
            }
            catch (Exception failure) when (failure is DbException or DbUpdateException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Operator-facing: the database's own words without a stack trace (DbUpdateException hides them inside).
                var detail = failure is DbUpdateException { InnerException: { } inner } ? inner.Message : failure.Message;
                await console.Error.WriteLineAsync("tipline: error: nothing was changed: " + detail).ConfigureAwait(false);
                return 1;
            }
        }
    }

    private static Task<int> DispatchAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0)
        {
            throw new ChannelUsageException("which channel command? list, add, set, close, open or recipients.");
        }

        var subcommand = arguments[0];
        var rest = arguments.Skip(1).ToList();
        return subcommand switch
        {
            "list" => ListChannels.RunAsync(ChannelArguments.Parse(subcommand, rest, ListChannels.Options), output, error, cancellationToken),
            "add" => AddChannel.RunAsync(ChannelArguments.Parse(subcommand, rest, AddChannel.Options), output, error, cancellationToken),
            "set" => ChangeChannelSettings.RunAsync(ChannelArguments.Parse(subcommand, rest, ChangeChannelSettings.Options), output, error, cancellationToken),
            "close" => ChangeChannelAvailability.RunAsync(false, ChannelArguments.Parse(subcommand, rest, ChangeChannelAvailability.Options), output, error, cancellationToken),
            "open" => ChangeChannelAvailability.RunAsync(true, ChannelArguments.Parse(subcommand, rest, ChangeChannelAvailability.Options), output, error, cancellationToken),
            "recipients" => ShowChannelRecipients.RunAsync(ChannelArguments.Parse(subcommand, rest, ShowChannelRecipients.Options), output, error, cancellationToken),
            _ => throw new ChannelUsageException($"unknown channel command '{subcommand}'; use list, add, set, close, open or recipients."),
        };
    }
}
