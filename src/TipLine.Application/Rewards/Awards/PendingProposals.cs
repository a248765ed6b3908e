using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Awards;

/// <summary>What approving and returning share: finding the proposal in the actor's scope and the four-eyes rule.</summary>
internal static class PendingProposals
{
    /// <summary>
    /// The proposal (tracked) and its claim, when the claim is one of the actor's organisation's; refused unless it is
    /// still pending and the actor is not its proposer. The domain refuses the proposer too, as the last line; this
    /// check comes first so that the officer gets a clear message instead of an error page.
    /// </summary>
    public static async Task<(AwardProposal Proposal, RewardClaim Claim)> FindDecidableAsync(
        ITipLineDatabase database, ICurrentActor actor, Guid proposalId, string useCase, CancellationToken cancellationToken)
    {
        var userId = actor.RequireUser();
        var proposal = await database.AwardProposals
            .Where(p => database.ClaimsVisibleTo(actor.RequireOrganisation()).Any(c => c.Id == p.ClaimId))
            .SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("proposal");
        var claim = await database.FindClaimForOfficerAsync(actor, proposal.ClaimId, cancellationToken).ConfigureAwait(false);
        AwardWorkflow.Refuse(useCase, "Proposal", proposal.State != ProposalState.Pending ? AwardRefusals.NotPending : null);
        AwardWorkflow.Refuse(useCase, "Proposal", proposal.ProposedByUserId == userId ? AwardRefusals.FourEyes : null);
        return (proposal, claim);
    }
}
