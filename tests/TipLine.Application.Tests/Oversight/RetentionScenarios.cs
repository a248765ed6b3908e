using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake;
using TipLine.Application.Retention;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Notifications;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Jobs;

namespace TipLine.Application.Tests.Oversight;

/// <summary>Retention against one real database; run on SQLite and on PostgreSQL.</summary>
internal static class RetentionScenarios
{
    private static readonly DateOnly Today = OversightWorld.Today;

    public static async Task DestroysExactlyTheExpiredClosedCasesAsync(ApplicationHost host)
    {
        var world = new OversightWorld(host);
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var platform = await world.OrganisationAsync("Marketplace", OrganisationType.OnlinePlatform);
        var shortRetention = await world.ChannelAsync(ngo, "short", retentionDays: 30);
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);

        var expired = await CaseWithEverythingAsync(world, ngo, platform, shortRetention, investigator, closedDaysAgo: 30);
        var recentlyClosed = await CaseWithEverythingAsync(world, ngo, platform, shortRetention, investigator, closedDaysAgo: 29);
        var open = await CaseWithEverythingAsync(world, ngo, platform, shortRetention, investigator, closedDaysAgo: null);
        var defaultExpired = await CaseWithEverythingAsync(world, ngo, platform, channelId: null, investigator, closedDaysAgo: Channel.DefaultRetentionDays);
        var defaultKept = await CaseWithEverythingAsync(world, ngo, platform, channelId: null, investigator, closedDaysAgo: Channel.DefaultRetentionDays - 1);

        var destroyed = await world.RunAsync<RetentionSweep, int>(sweep => sweep.RunAsync(default));

        Assert.Equal(2, destroyed);
        await AssertDestroyedAsync(host, expired);
        await AssertDestroyedAsync(host, defaultExpired);
        foreach (var kept in new[] { recentlyClosed, open, defaultKept })
        {
            await AssertWholeAsync(host, kept);
        }

        var entries = await host.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(
            new[] { expired.CaseId, defaultExpired.CaseId }.Select(id => id.ToString("D")).Order(),
            entries.Select(e => e.ObjectId!).Order());
        Assert.All(entries, e => Assert.Equal((RetentionSweep.DestroyAction, nameof(Case), (Guid?)null, Today), (e.Action, e.ObjectType, e.ActorUserId, e.Day)));
        var chain = await host.VerifyAuditChainAsync();
        Assert.True(chain.IsIntact, chain.FirstProblem?.Description);

        Assert.Equal(0, await world.RunAsync<RetentionSweep, int>(sweep => sweep.RunAsync(default)));
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
        await AssertDestroyedAsync(host, expired);
    }

    /// <summary>A database trigger refuses to delete the first case's messages: a real failure in the middle of a case.</summary>
    public static async Task AFailingCaseIsLeftWholeAndTheOthersAreDestroyedAsync(ApplicationHost host, Func<Guid, string> refuseDeletingMessagesOf, string allowAgain)
    {
        var world = new OversightWorld(host);
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var platform = await world.OrganisationAsync("Marketplace", OrganisationType.OnlinePlatform);
        var channel = await world.ChannelAsync(ngo, "short", retentionDays: 30);
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var failing = await CaseWithEverythingAsync(world, ngo, platform, channel, investigator, closedDaysAgo: 60);
        var fine = await CaseWithEverythingAsync(world, ngo, platform, channel, investigator, closedDaysAgo: 40);
        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(refuseDeletingMessagesOf(failing.TipId)));

        await Assert.ThrowsAsync<AggregateException>(() => world.RunAsync<RetentionSweep, int>(sweep => sweep.RunAsync(default)));

        await AssertWholeAsync(host, failing);
        await AssertDestroyedAsync(host, fine);
        Assert.Equal(fine.CaseId.ToString("D"), (await host.WithDatabaseAsync(db => db.AuditEntries.SingleAsync())).ObjectId);

        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(allowAgain));
        Assert.Equal(1, await world.RunAsync<RetentionSweep, int>(sweep => sweep.RunAsync(default)));
        await AssertDestroyedAsync(host, failing);
        var chain = await host.VerifyAuditChainAsync();
        Assert.True(chain.IsIntact, chain.FirstProblem?.Description);
        Assert.Equal(2, chain.EntriesVerified);
    }

    /// <summary>
    /// The state a crash leaves between a case's commit and the deletion of its files: the rows are gone and the files
    /// are not. The orphan blob sweep must remove exactly those files.
    /// </summary>
    public static async Task FilesLeftByACrashAfterTheCommitAreRemovedByTheOrphanSweepAsync(ApplicationHost host)
    {
        var world = new OversightWorld(host);
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var platform = await world.OrganisationAsync("Marketplace", OrganisationType.OnlinePlatform);
        var channel = await world.ChannelAsync(ngo, "short", retentionDays: 30);
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var expired = await CaseWithEverythingAsync(world, ngo, platform, channel, investigator, closedDaysAgo: 31);
        var open = await CaseWithEverythingAsync(world, ngo, platform, channel, investigator, closedDaysAgo: null);

        var left = await world.RunAsync<RetentionSweep, IReadOnlyList<string>>(sweep => sweep.DestroyCaseAsync(expired.CaseId, default));
        Assert.Equal(expired.BlobNames.Order(), left.Order());
        Assert.All(expired.BlobNames, name => Assert.True(BlobExists(host, name)));

        var deleted = await host.WithDatabaseAsync<int>((db, services) => ActivatorUtilities.CreateInstance<OrphanBlobSweep>(
            services, NullLogger<OrphanBlobSweep>.Instance).RunAsync(OrphanBlobSweep.AbandonedUploadAge, default));

        Assert.Equal(expired.BlobNames.Count, deleted);
        Assert.All(expired.BlobNames, name => Assert.False(BlobExists(host, name)));
        Assert.All(open.BlobNames, name => Assert.True(BlobExists(host, name)));
    }

    /// <summary>
    /// A reward in progress holds its expired case back (the receipt must keep working for claims, contests and
    /// payments); a settled one does not, and destroying its case shreds the sealed claim and the officers' reasons
    /// while the amounts, days and statuses stay for the programme's accounts.
    /// </summary>
    public static async Task RewardsInProgressHoldRetentionAndSettledOnesAreShreddedAsync(ApplicationHost host)
    {
        var world = new OversightWorld(host);
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var platform = await world.OrganisationAsync("Marketplace", OrganisationType.OnlinePlatform);
        var ministry = await world.OrganisationAsync("Ministry reward unit", OrganisationType.CitesManagementAuthority);
        var channel = await world.ChannelAsync(ngo, "short", retentionDays: 30);
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var proposer = await world.StaffAsync(ministry, StaffRoles.RewardOfficer);
        var approver = await world.StaffAsync(ministry, StaffRoles.RewardOfficer);
        var programmeId = await host.WithDatabaseAsync(async db =>
        {
            var programme = new RewardProgramme(Guid.NewGuid(), ministry, new RewardProgrammeTerms(
                "Wildlife rewards", "Act 12", "FR", 10m, 30m, 1_000m, null, "EUR", 90, 30, 30, null, [RewardFactor.Significance], false), Today.AddDays(-400));
            db.RewardProgrammes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

        var settled = await CaseWithEverythingAsync(world, ngo, platform, channel, investigator, closedDaysAgo: 60);
        var owed = await CaseWithEverythingAsync(world, ngo, platform, channel, investigator, closedDaysAgo: 60);
        var settledClaim = await FinalAwardAsync(host, settled, programmeId, proposer, approver, paid: 200m);
        var owedClaim = await FinalAwardAsync(host, owed, programmeId, proposer, approver, paid: 150m);

        Assert.Equal(1, await world.RunAsync<RetentionSweep, int>(sweep => sweep.RunAsync(default)));

        await AssertDestroyedAsync(host, settled);
        await AssertWholeAsync(host, owed);
        var (claims, proposals, payments) = await host.WithDatabaseAsync(async db => (
            await db.RewardClaims.AsNoTracking().ToDictionaryAsync(c => c.Id),
            await db.AwardProposals.AsNoTracking().ToDictionaryAsync(p => p.ClaimId),
            await db.RewardPayments.AsNoTracking().ToDictionaryAsync(p => p.ClaimId)));
        Assert.True(claims[settledClaim].IsShredded);
        Assert.Empty(proposals[settledClaim].ReasonsCiphertext);
        Assert.Equal((ClaimStatus.Final, 20m, 200m), (claims[settledClaim].Status, claims[settledClaim].AwardPercent, payments[settledClaim].Amount));
        Assert.False(claims[owedClaim].IsShredded);
        Assert.NotEmpty(proposals[owedClaim].ReasonsCiphertext);
    }

    /// <summary>A final 20 % award on 1,000 EUR collected (200 EUR owed), past its appeal window, with one payment.</summary>
    private static Task<Guid> FinalAwardAsync(ApplicationHost host, CaseUnderRetention subject, Guid programmeId, TestActor proposer, TestActor approver, decimal paid) =>
        host.WithDatabaseAsync(async db =>
        {
            var programme = await db.RewardProgrammes.SingleAsync(p => p.Id == programmeId);
            var longAgo = Today.AddDays(-200);
            db.SanctionEntries.Add(new SanctionEntry(Guid.NewGuid(), subject.CaseId, 1, SanctionEntryKind.Collected, 1_000m, "EUR", longAgo, "R-1", null, proposer.UserId!.Value, longAgo));
            var referral = new RewardReferral(Guid.NewGuid(), subject.CaseId, programmeId, proposer.UserId!.Value, longAgo);
            var notice = new RewardNotice(Guid.NewGuid(), referral.Id, subject.CaseId, programmeId, proposer.UserId!.Value, longAgo, 90);
            var claim = new RewardClaim(Guid.NewGuid(), notice.Id, programmeId, subject.CaseId, subject.TipId, ClaimantKind.Represented, [1, 2, 3], longAgo.AddDays(10));
            db.AddRange(referral, notice, claim);
            await db.SaveChangesAsync();
            foreach (var stage in new[] { DeterminationStage.Preliminary, DeterminationStage.Final })
            {
                var day = stage == DeterminationStage.Preliminary ? longAgo.AddDays(20) : longAgo.AddDays(60);
                claim.Propose(stage, day);
                var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, 20m, [4, 5, 6], proposer.UserId!.Value, day);
                proposal.Approve(approver.UserId!.Value, day);
                claim.ApplyApproved(proposal, programme, day);
                if (stage == DeterminationStage.Final)
                {
                    db.AwardProposals.Add(proposal);
                }
            }

            db.RewardPayments.Add(new RewardPayment(Guid.NewGuid(), claim.Id, 1, PaymentKind.Payment, paid, "EUR", longAgo.AddDays(100), "T-1", null, approver.UserId!.Value, longAgo.AddDays(100)));
            await db.SaveChangesAsync();
            return claim.Id;
        });

    private static async Task<CaseUnderRetention> CaseWithEverythingAsync(
        OversightWorld world, Guid organisationId, Guid platformId, Guid? channelId, TestActor investigator, int? closedDaysAgo)
    {
        var tipChannel = channelId ?? await world.ChannelAsync(organisationId, "c" + Guid.NewGuid().ToString("N")[..12]);
        var received = Today.AddDays(-(closedDaysAgo ?? 0) - 100);
        var tipId = await world.TipAsync(tipChannel, received, acknowledgedOn: received, feedbackOn: received.AddDays(3));
        var caseId = await world.CaseAsync(
            organisationId,
            channelId,
            received.AddDays(1),
            closedDaysAgo is { } days ? c => c.Close(CaseOutcome.Convicted, Today.AddDays(-days)) : null,
            tipId);
        await world.WrapAsync(tipId, investigator);
        await world.WhistleblowerWrapAsync(tipId);
        await world.ReceiptAsync(tipId);
        await world.MessageAsync(tipId, MessageDirection.ToWhistleblower, received);
        var reply = await world.MessageAsync(tipId, MessageDirection.FromWhistleblower, received.AddDays(2));
        var blobs = new List<string> { await world.AttachmentAsync(tipId), await world.AttachmentAsync(tipId, reply) };
        await world.NoteAsync(caseId, investigator);
        await world.NoticeAsync(caseId, platformId, investigator);
        await world.NotificationAsync(investigator, NotificationKind.NewMessage, tipId, received.AddDays(2));
        return new CaseUnderRetention(caseId, tipId, blobs);
    }

    private static async Task AssertDestroyedAsync(ApplicationHost host, CaseUnderRetention subject)
    {
        var counts = await CountAsync(host, subject);
        Assert.Equal(new Counts(0, 0, 0, 0, 0, 0, 0, 0), counts);
        var (destroyedOn, tipStatus, answers) = await host.WithDatabaseAsync(async db =>
        {
            var destroyedCase = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == subject.CaseId);
            var tip = await db.Tips.AsNoTracking().SingleAsync(t => t.Id == subject.TipId);
            return (destroyedCase.DestroyedOn, tip.Status, tip.AnswersCiphertext.Length);
        });
        Assert.Equal((Today, TipStatus.Destroyed, 0), (destroyedOn, tipStatus, answers));
        Assert.All(subject.BlobNames, name => Assert.False(BlobExists(host, name)));
    }

    private static async Task AssertWholeAsync(ApplicationHost host, CaseUnderRetention subject)
    {
        Assert.Equal(new Counts(2, 2, 2, 1, 1, 1, 1, 200), await CountAsync(host, subject));
        Assert.Null(await host.WithDatabaseAsync(db => db.Cases.Where(c => c.Id == subject.CaseId).Select(c => c.DestroyedOn).SingleAsync()));
        Assert.All(subject.BlobNames, name => Assert.True(BlobExists(host, name)));
    }

    private static Task<Counts> CountAsync(ApplicationHost host, CaseUnderRetention subject) =>
        host.WithDatabaseAsync(async db => new Counts(
            await db.TipKeyWraps.CountAsync(w => w.TipId == subject.TipId),
            await db.Attachments.CountAsync(a => a.TipId == subject.TipId),
            await db.Messages.CountAsync(m => m.TipId == subject.TipId),
            await db.ReceiptIndex.CountAsync(r => r.TipId == subject.TipId),
            await db.CaseNotes.CountAsync(n => n.CaseId == subject.CaseId),
            await db.TakedownNotices.CountAsync(n => n.CaseId == subject.CaseId),
            await db.Notifications.CountAsync(n => n.ObjectId == subject.TipId),
            await db.Tips.Where(t => t.Id == subject.TipId).Select(t => t.AnswersCiphertext.Length).SingleAsync()));

    private static bool BlobExists(ApplicationHost host, string name) =>
        Directory.EnumerateFiles(host.BlobDirectory, name, SearchOption.AllDirectories).Any();

    private sealed record CaseUnderRetention(Guid CaseId, Guid TipId, IReadOnlyList<string> BlobNames);

    private sealed record Counts(int Wraps, int Attachments, int Messages, int Receipts, int Notes, int Notices, int Notifications, int AnswerBytes);
}
