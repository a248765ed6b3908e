using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Programmes;
using TipLine.Domain.Notifications;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Referrals.ReferCaseToProgramme;

public sealed class ReferCaseToProgrammeHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<ReferCaseToProgramme, Guid>
{
    public const string ProgrammeInactive = "rewards.referral.programmeInactive";
    public const string AlreadyReferred = "rewards.referral.duplicate";

    public async ValueTask<Guid> Handle(ReferCaseToProgramme command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindVisibleCaseAsync(command.CaseId, actor.RequireOrganisation(), cancellationToken).ConfigureAwait(false);

        // Two case workers referring at once queue here, so the second is refused as a duplicate instead of failing on the unique index.
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var programme = await database.RewardProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.ProgrammeId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("programme");
        if (!programme.IsActive)
        {
            throw CaseWorkflow.Refusal(nameof(ReferCaseToProgramme), nameof(command.ProgrammeId), ProgrammeInactive);
        }

        // An organisation can change type after creating a programme; a platform must still never see a case.
        var runnerType = await database.Organisations.Where(o => o.Id == programme.OrganisationId).Select(o => o.Type)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (!RewardProgrammeRules.MayRunProgrammes(runnerType))
        {
            throw CaseWorkflow.Refusal(nameof(ReferCaseToProgramme), nameof(command.ProgrammeId), RewardProgrammeRules.PlatformCannotRun);
        }

        if (await database.RewardReferrals.AnyAsync(r => r.CaseId == @case.Id && r.ProgrammeId == programme.Id, cancellationToken).ConfigureAwait(false))
        {
            throw CaseWorkflow.Refusal(nameof(ReferCaseToProgramme), nameof(command.ProgrammeId), AlreadyReferred);
        }

        var today = clock.Today();
        var referral = new RewardReferral(Guid.NewGuid(), @case.Id, programme.Id, actor.RequireUser(), today);
        database.RewardReferrals.Add(referral);
        foreach (var officer in await database.RewardOfficersAsync(programme.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            database.Notifications.Add(new Notification(Guid.NewGuid(), officer.Id, NotificationKind.RewardReferred, referral.Id, today));
        }

        return referral.Id;
    }
}
