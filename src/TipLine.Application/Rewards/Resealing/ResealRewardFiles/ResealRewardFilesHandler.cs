using System.Globalization;
using System.Security.Cryptography;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Audit;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Resealing.ResealRewardFiles;

public sealed class ResealRewardFilesHandler(ITipLineDatabase database, ICurrentActor actor, IStaffSessionKey sessionKey, AuditLog auditLog)
    : ICommandHandler<ResealRewardFiles, ResealedFiles>
{
    public const string AuditAction = "reward.reseal";

    public async ValueTask<ResealedFiles> Handle(ResealRewardFiles command, CancellationToken cancellationToken)
    {
        var userId = actor.RequireUser();
        var organisationId = actor.RequireOrganisation();
        var officers = (await database.RewardOfficersAsync(organisationId, cancellationToken).ConfigureAwait(false))
            .Select(o => o.PublicKey).Order(StringComparer.Ordinal).ToList();
        if (officers.Count == 0)
        {
            return new ResealedFiles(0, 0, false);
        }

        var officerDigest = RecipientDigest.Of(officers);
        var stale = await FindStaleAsync(organisationId, officers, officerDigest, cancellationToken).ConfigureAwait(false);
        using var key = sessionKey.Open();
        var claims = 0;
        var proposals = 0;
        foreach (var (claim, recipients) in stale.Claims.Take(ResealRewardFiles.BatchSize))
        {
            claims += TryReseal(key, claim.Ciphertext, claim.ContestCiphertext, recipients, (sealedClaim, sealedContest) =>
                claim.Reseal(sealedClaim, sealedContest, RecipientDigest.Of(recipients)));
        }

        foreach (var proposal in stale.Proposals.Take(ResealRewardFiles.BatchSize - claims))
        {
            proposals += TryReseal(key, proposal.ReasonsCiphertext, proposal.ReturnReasonCiphertext, officers, (reasons, returnReason) =>
                proposal.Reseal(reasons, returnReason, officerDigest));
        }

        if (claims + proposals > 0)
        {
            await auditLog.AppendAsync(userId, new AuditedAction(AuditAction, nameof(RewardClaim), (claims + proposals).ToString(CultureInfo.InvariantCulture)), cancellationToken)
                .ConfigureAwait(false);
        }

        return new ResealedFiles(claims, proposals, stale.Claims.Count + stale.Proposals.Count > ResealRewardFiles.BatchSize);
    }

    /// <summary>
    /// Opens both parts with the officer's key and seals them again; 0 when the officer cannot open them (they were
    /// sealed before this officer joined: a colleague who can will re-seal them at their next landing).
    /// </summary>
    private static int TryReseal(X25519Identity key, byte[] first, byte[]? second, IReadOnlyCollection<string> recipients, Action<byte[], byte[]?> store)
    {
        byte[]? firstPlain = null;
        byte[]? secondPlain = null;
        try
        {
            firstPlain = TipSealing.OpenWithAnyKey(first, [key]);
            secondPlain = second is null ? null : TipSealing.OpenWithAnyKey(second, [key]);
            store(TipSealing.SealFor(firstPlain, recipients), secondPlain is null ? null : TipSealing.SealFor(secondPlain, recipients));
            return 1;
        }
        catch (AgeException error) when (error.Error == AgeError.NoMatchingIdentity)
        {
            return 0;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(firstPlain);
            CryptographicOperations.ZeroMemory(secondPlain);
        }
    }

    /// <summary>The organisation's sealed claims and reasons whose recorded recipient set is not today's (or unknown).</summary>
    private async Task<(List<(RewardClaim Claim, IReadOnlyList<string> Recipients)> Claims, List<AwardProposal> Proposals)> FindStaleAsync(
        Guid organisationId, List<string> officers, byte[] officerDigest, CancellationToken cancellationToken)
    {
        // Reward claims are few (one per tip and notice), and SQLite cannot filter on a blob's length in EF: filter here.
        var claims = (await database.ClaimsVisibleTo(organisationId)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(c => !c.IsShredded)
            .ToList();
        var tipIds = claims.Select(c => c.TipId).Distinct().ToList();
        var whistleblowers = await database.Tips.AsNoTracking().Where(t => tipIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.WhistleblowerPublicKey, cancellationToken).ConfigureAwait(false);
        var staleClaims = claims
            .Select(c => (Claim: c, Recipients: (IReadOnlyList<string>)[.. officers, whistleblowers[c.TipId]]))
            .Where(pair => !RecipientDigest.Matches(pair.Claim.SealedFor, pair.Recipients))
            .ToList();

        var claimIds = claims.Select(c => c.Id).ToList();
        var proposals = await database.AwardProposals
            .Where(p => claimIds.Contains(p.ClaimId))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (staleClaims, proposals.Where(p => p.ReasonsCiphertext.Length > 0 && !RecipientDigest.Matches(p.SealedFor, officers)).ToList());
    }
}
