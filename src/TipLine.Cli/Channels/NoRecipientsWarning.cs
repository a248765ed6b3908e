using TipLine.Domain.Channels;

namespace TipLine.Cli.Channels;

/// <summary>
/// Says why an open channel without recipients is useless: intake refuses every tip to it, since no one could read
/// one, and says how recipients come about, because they are never configured on the channel itself.
/// </summary>
internal static class NoRecipientsWarning
{
    public static string Text(Channel channel, string organisationName)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return $"channel '{channel.Slug}' has no recipients, so its form refuses every tip: nobody could read one. " +
            $"Recipients are the staff users of '{organisationName}' with the IntakeInvestigator role, and the organisation's escrow key if 'tipline init --escrow' set one.";
    }

    public static async Task WriteIfNoneAsync(TextWriter error, Channel channel, string organisationName, int recipientCount)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(channel);
        if (recipientCount == 0 && channel.IsOpen)
        {
            await error.WriteLineAsync("tipline: warning: " + Text(channel, organisationName)).ConfigureAwait(false);
        }
    }
}
