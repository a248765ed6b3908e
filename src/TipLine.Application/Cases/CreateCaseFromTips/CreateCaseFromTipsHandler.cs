using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Domain.Time;

namespace TipLine.Application.Cases.CreateCaseFromTips;

public sealed class CreateCaseFromTipsHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateCaseFromTips, CreatedCase>
{
    public async ValueTask<CreatedCase> Handle(CreateCaseFromTips command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisationId = actor.RequireOrganisation();
        var tips = await database.Tips.VisibleTo(database, organisationId)
            .Where(t => command.TipIds.Contains(t.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (tips.Count != command.TipIds.Count)
        {
            throw new NotFoundException("tip");
        }

        await database.EnsureFreeTipsOfOwnChannelsAsync(tips, organisationId, nameof(CreateCaseFromTips), nameof(command.TipIds), cancellationToken)
            .ConfigureAwait(false);
        var today = clock.Today();
        var reference = await CaseReferences.NextAsync(database, today.Year, cancellationToken).ConfigureAwait(false);
        var @case = new Case(Guid.NewGuid(), organisationId, reference, today);
        var first = tips.First(t => t.Id == command.TipIds[0]);
        @case.RecordChannel(first.ChannelId);
        database.Cases.Add(@case);
        foreach (var tip in tips)
        {
            tip.AttachToCase(@case.Id);
        }

        return new CreatedCase(@case.Id, reference);
    }
}
