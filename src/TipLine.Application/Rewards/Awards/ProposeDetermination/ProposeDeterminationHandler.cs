using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.ProposeDetermination;

public sealed class ProposeDeterminationHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ProposeDetermination, Guid>
{
    public async ValueTask<Guid> Handle(ProposeDetermination command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var today = clock.Today();
        var claim = await database.FindClaimForOfficerAsync(actor, command.ClaimId, cancellationToken).ConfigureAwait(false);
        var programme = await database.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == claim.ProgrammeId, cancellationToken).ConfigureAwait(false);

        var (stage, stageProblem) = AwardWorkflow.NextStage(claim, today);
        AwardWorkflow.Refuse(nameof(ProposeDetermination), "Claim", stageProblem);

        var given = command.Reasons ?? new Dictionary<RewardFactor, string>();
        var reasons = programme.FactorList.ToDictionary(f => f, f => given.GetValueOrDefault(f)?.Trim() ?? string.Empty);
        var missing = reasons.Where(r => r.Value.Length == 0).Select(r => (RewardFactor?)r.Key).FirstOrDefault();
        AwardWorkflow.Refuse(nameof(ProposeDetermination), $"Reasons.{missing}", missing is null ? null : AwardRefusals.ReasonsMissing);
        await AwardWorkflow.RefuseAwardAsync(nameof(ProposeDetermination), nameof(command.Percent), database, claim, programme, command.Percent, cancellationToken)
            .ConfigureAwait(false);

        var recipients = await database.OfficerRecipientsAsync(programme.Id, cancellationToken).ConfigureAwait(false);
        AwardWorkflow.Refuse(nameof(ProposeDetermination), "Claim", recipients.Count == 0 ? AwardRefusals.NoOfficers : null);

        var proposal = new AwardProposal(
            Guid.NewGuid(), claim.Id, stage!.Value, command.Percent, SealedJson.Seal(new DeterminationReasons(reasons), recipients), userId, today);
        proposal.RecordSealedFor(RecipientDigest.Of(recipients));
        claim.Propose(proposal.Stage, today);
        database.AwardProposals.Add(proposal);
        return proposal.Id;
    }
}
