using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Channels;

namespace TipLine.Application.Intake;

/// <summary>
/// An open channel and its recipients, read once per request (scoped) and shared by a use case's validator and
/// handler: storing a tip checks and then uses the same list, and reading it twice cost a quarter of a tip's queries.
/// </summary>
public sealed class OpenChannels(ITipLineDatabase database)
{
    private readonly Dictionary<string, OpenChannelForIntake?> bySlug = new(StringComparer.Ordinal);

    /// <summary>The open channel named <paramref name="slug"/> (case-insensitive), or null.</summary>
    public async Task<OpenChannelForIntake?> FindAsync(string? slug, CancellationToken cancellationToken)
    {
        var key = (slug ?? string.Empty).Trim().ToLowerInvariant();
        if (bySlug.TryGetValue(key, out var known))
        {
            return known;
        }

        var channel = await database.Channels.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Slug == key && c.IsOpen, cancellationToken).ConfigureAwait(false);
        OpenChannelForIntake? found = null;
        if (channel is not null)
        {
            var recipients = await ChannelRecipients.ForChannelAsync(database, channel, cancellationToken).ConfigureAwait(false);
            found = new OpenChannelForIntake(channel, recipients);
        }

        bySlug[key] = found;
        return found;
    }
}

/// <summary>An open channel (read without tracking: intake never changes it) and who its tip keys are wrapped to.</summary>
public sealed record OpenChannelForIntake(Channel Channel, IReadOnlyList<ChannelRecipient> Recipients);
