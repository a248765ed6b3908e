using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Intake.ListOpenChannels;

public sealed class ListOpenChannelsHandler(ITipLineDatabase database) : IQueryHandler<ListOpenChannels, IReadOnlyList<OpenChannel>>
{
    public async ValueTask<IReadOnlyList<OpenChannel>> Handle(ListOpenChannels query, CancellationToken cancellationToken) =>
        await database.Channels.AsNoTracking()
            .Where(c => c.IsOpen)
            .OrderBy(c => c.Name)
            .Select(c => new OpenChannel(c.Slug, c.Name, c.Description))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
