using Mediator;

namespace TipLine.Application.Intake.OpenIntakeForm;

public sealed class OpenIntakeFormHandler(OpenChannels openChannels) : IQueryHandler<OpenIntakeForm, IntakeForm?>
{
    public async ValueTask<IntakeForm?> Handle(OpenIntakeForm query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await openChannels.FindAsync(query.ChannelSlug, cancellationToken).ConfigureAwait(false) is not { } open)
        {
            return null;
        }

        var channel = open.Channel;
        return new IntakeForm(
            channel.Id,
            channel.Slug,
            channel.Name,
            channel.Description,
            channel.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            channel.MaximumFileBytes,
            channel.MaximumFiles,
            open.Recipients.Select(r => r.Recipient).ToList());
    }
}
