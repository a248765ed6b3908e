using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Time;

namespace TipLine.Application.Retention;

/// <summary>
/// Crypto-shreds closed cases whose retention has run out: <see cref="Channel.RetentionDays"/> of the case's channel
/// (or <see cref="Channel.DefaultRetentionDays"/> for a case without one) after the day it was closed. Every tip-key
/// wrap goes, so no key to the remaining ciphertext exists anywhere; the ciphertext goes too (messages, notes,
/// notices, answers, attachment rows), receipts stop logging in, and the blob files are deleted once the database
/// has committed. Triage metadata stays for statistics, and one "case.destroy" entry by the system stays in the audit log.
/// One transaction per case: a crash or failure leaves each case either wholly destroyed or untouched, and the next
/// run skips destroyed cases, so running it twice is harmless. A crash after a commit but before the blob files are
/// deleted leaves files no attachment row references, which the orphan blob sweep deletes.
/// </summary>
public sealed class RetentionSweep(
    ITipLineDatabase database,
    IBlobStore blobs,
    AuditLog auditLog,
    TimeProvider clock,
    ILogger<RetentionSweep> logger)
{
    public const string DestroyAction = "case.destroy";

    /// <summary>Recurring-job entry point; returns how many cases were destroyed. Throws after the run if any case failed, so the job is retried.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        var destroyed = 0;
        foreach (var caseId in await FindExpiredAsync(cancellationToken).ConfigureAwait(false))
        {
            IReadOnlyList<string> blobNames;
            try
            {
                blobNames = await DestroyCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Retention could not destroy case {CaseId}; it is left whole for the next run", caseId);
                failures.Add(error);
                continue;
            }

            destroyed++;
            await DeleteBlobsAsync(blobNames, cancellationToken).ConfigureAwait(false);
        }

        if (destroyed > 0)
        {
            logger.LogInformation("Retention destroyed {Count} closed cases", destroyed);
        }

        return failures.Count == 0
            ? destroyed
            : throw new AggregateException($"Retention failed for {failures.Count} case(s); they stay whole until the next run.", failures);
    }

    /// <summary>Closed, not yet destroyed cases whose retention ended on or before today.</summary>
    public async Task<IReadOnlyList<Guid>> FindExpiredAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var closed = await database.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && c.DestroyedOn == null && c.ClosedOn != null)
            .Select(c => new { c.Id, ClosedOn = c.ClosedOn!.Value, c.ChannelId })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var retention = await database.Channels.AsNoTracking()
            .ToDictionaryAsync(c => c.Id, c => c.RetentionDays, cancellationToken)
            .ConfigureAwait(false);
        var expired = closed
            .Where(c => c.ClosedOn.AddDays(c.ChannelId is { } channelId ? retention[channelId] : Channel.DefaultRetentionDays) <= today)
            .OrderBy(c => c.ClosedOn)
            .Select(c => c.Id)
            .ToList();
        var held = await RewardsHoldingRetention.CasesHeldAsync(database, expired, today, cancellationToken).ConfigureAwait(false);
        return expired.Where(id => !held.Contains(id)).ToList();
    }

    /// <summary>
    /// Destroys one case in its own committed transaction and returns the blob names its attachments used; the
    /// caller deletes those files afterwards. A case already destroyed (another run got there first) returns none.
    /// </summary>
    public async Task<IReadOnlyList<string>> DestroyCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var transaction = await database.BeginTransactionIfNoneAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Retention commits each case on its own; run it outside any transaction.");
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                var blobNames = await ShredAsync(caseId, cancellationToken).ConfigureAwait(false);
                await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return blobNames;
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            finally
            {
                // Each case starts from a clean unit of work, committed or not.
                if (database is DbContext context)
                {
                    context.ChangeTracker.Clear();
                }
            }
        }
    }

    private async Task<IReadOnlyList<string>> ShredAsync(Guid caseId, CancellationToken cancellationToken)
    {
        // Serialises concurrent runs (two instances) before either reads the case, so only one destroys and audits it.
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var today = clock.Today();
        var closedCase = await database.Cases.SingleAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
        if (closedCase.IsDestroyed)
        {
            return [];
        }

        closedCase.MarkDestroyed(today);
        var tips = await database.Tips.Where(t => t.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var tipIds = tips.Select(t => t.Id).ToList();
        var blobNames = await database.Attachments
            .Where(a => tipIds.Contains(a.TipId))
            .Select(a => a.BlobName)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // Attachments before messages: an attachment row may point at the message it came with.
        await database.Attachments.Where(a => tipIds.Contains(a.TipId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await database.Messages.Where(m => tipIds.Contains(m.TipId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await database.TipKeyWraps.Where(w => tipIds.Contains(w.TipId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await database.ReceiptIndex.Where(r => tipIds.Contains(r.TipId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await database.CaseNotes.Where(n => n.CaseId == caseId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await database.TakedownNotices.Where(n => n.CaseId == caseId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var rewardObjectIds = await ShredRewardsAsync(caseId, cancellationToken).ConfigureAwait(false);
        await database.Notifications
            .Where(n => n.ObjectId == caseId || tipIds.Contains(n.ObjectId) || rewardObjectIds.Contains(n.ObjectId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        foreach (var tip in tips)
        {
            tip.MarkDestroyed();
        }

        await auditLog.AppendAsync(actorUserId: null, new AuditedAction(DestroyAction, nameof(Case), caseId.ToString("D")), cancellationToken).ConfigureAwait(false);
        return blobNames;
    }

    /// <summary>
    /// A settled reward's sealed parts (the claim with its identity and payout details, the contest, the officers'
    /// reasons) go with the case; the amounts, days and statuses stay, because the programme's accounts and reports
    /// need them and they name nobody. Returns the ids reward notifications may point at.
    /// </summary>
    private async Task<List<Guid>> ShredRewardsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var claims = await database.RewardClaims.Where(c => c.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var claimIds = claims.Select(c => c.Id).ToList();
        foreach (var claim in claims)
        {
            claim.Shred();
        }

        foreach (var proposal in await database.AwardProposals.Where(p => claimIds.Contains(p.ClaimId)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            proposal.Shred();
        }

        var referralIds = await database.RewardReferrals.Where(r => r.CaseId == caseId).Select(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var noticeIds = await database.RewardNotices.Where(n => n.CaseId == caseId).Select(n => n.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. claimIds, .. referralIds, .. noticeIds];
    }

    /// <summary>Best effort after the commit: a file left behind is unreferenced now, and the orphan blob sweep removes it.</summary>
    private async Task DeleteBlobsAsync(IReadOnlyList<string> blobNames, CancellationToken cancellationToken)
    {
        foreach (var name in blobNames)
        {
            try
            {
                await blobs.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(error, "A destroyed case's blob file could not be deleted now; the orphan blob sweep will retry");
            }
        }
    }
}
