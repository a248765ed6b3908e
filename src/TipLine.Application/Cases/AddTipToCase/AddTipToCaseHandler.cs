using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Application.Routing;

namespace TipLine.Application.Cases.AddTipToCase;

public sealed class AddTipToCaseHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys) : ICommandHandler<AddTipToCase>
{
    public async ValueTask<Unit> Handle(AddTipToCase command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.AddTip, command.CaseId, nameof(AddTipToCase), cancellationToken).ConfigureAwait(false);
        var organisationId = actor.RequireOrganisation();
        var tip = await database.Tips.VisibleTo(database, organisationId)
            .SingleOrDefaultAsync(t => t.Id == command.TipId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("tip");
        await database.EnsureFreeTipsOfOwnChannelsAsync([tip], organisationId, nameof(AddTipToCase), nameof(command.TipId), cancellationToken)
            .ConfigureAwait(false);
        tip.AttachToCase(@case.Id);
        var routedTo = await database.CaseRoutings
            .Where(r => r.CaseId == @case.Id)
            .Select(r => r.OrganisationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await RoutedAccess.GrantAsync(database, tipKeys, [tip.Id], routedTo, nameof(AddTipToCase), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
