using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Domain.Time;

namespace TipLine.Application.Notices.RecordTakedownActedOn;

public sealed class RecordTakedownActedOnHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<RecordTakedownActedOn>
{
    public async ValueTask<Unit> Handle(RecordTakedownActedOn command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var notice = await database.AddressedTo(actor.RequireOrganisation())
            .SingleOrDefaultAsync(n => n.Id == command.NoticeId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("takedown notice");
        notice.RecordActedOn(clock.Today());
        return Unit.Value;
    }
}
