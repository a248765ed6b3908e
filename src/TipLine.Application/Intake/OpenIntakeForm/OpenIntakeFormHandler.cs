using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Intake.OpenIntakeForm;

public sealed class OpenIntakeFormHandler(ITipLineDatabase database) : IQueryHandler<OpenIntakeForm, IntakeForm?>
{
    public async ValueTask<IntakeForm?> Handle(OpenIntakeForm query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var slug = (query.ChannelSlug ?? string.Empty).Trim().ToLowerInvariant();
        var channel = await database.Channels.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Slug == slug && c.IsOpen, cancellationToken).ConfigureAwait(false);
        if (channel is null)
        {
            return null;
        }

        var recipients = await ChannelRecipients.ForChannelAsync(database, channel, cancellationToken).ConfigureAwait(false);
        return new IntakeForm(
            channel.Id,
            channel.Slug,
            channel.Name,
            channel.Description,
            channel.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            channel.MaximumFileBytes,
            channel.MaximumFiles,
            recipients.Select(r => r.Recipient).ToList());
    }
}
