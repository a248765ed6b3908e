using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Application.Evidence;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Messaging.SendMessageToWhistleblower;
using TipLine.Application.Tests.Evidence;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tips;
using TipLine.Application.Tips.ExportSanitisedAttachment;
using TipLine.Application.Tips.InspectAttachment;
using TipLine.Application.Tips.MarkWhistleblowerMessagesRead;
using TipLine.Application.Tips.OpenTipAttachment;
using TipLine.Application.Tips.ReadTip;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Intake;

namespace TipLine.Application.Tests.Inbox;

public sealed class ReadTipTests : IAsyncLifetime
{
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. "planted photo bytes"u8.ToArray(), 0x00, 0xFF];
    private readonly ApplicationHost host = new();
    private readonly IntakeScenario scenario;
    private Organisation ngo = null!;
    private Channel channel = null!;
    private StaffMember investigator = null!;

    public ReadTipTests() => scenario = new IntakeScenario(host);

    [Fact]
    public async Task AnInvestigatorReadsTheAnswersFilesAndConversationTheWhistleblowerSealed()
    {
        var answers = new TipAnswers
        {
            Description = "<script>alert(1)</script> live tortoises every week",
            ListingUrls = ["javascript:alert(document.cookie)"],
            SellerHandles = ["@tortoise_seller"],
        };
        var tip = await scenario.SubmitAsync(channel, answers, new PlantedFile("label.jpg", "image/jpeg", Photo));
        var replyId = await scenario.ReplyAsWhistleblowerAsync(tip, "The sender address was visible.", new PlantedFile("second.png", "image/png", [9, 8, 7]));
        await host.SendAsync(investigator.Actor, m => m.Send(new SendMessageToWhistleblower(tip.TipId, "Was the sender's address visible?")));

        var reading = await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)));

        Assert.Equal(answers.Description, reading.Answers!.Description);
        Assert.Equal(answers.ListingUrls, reading.Answers.ListingUrls);
        Assert.Equal("Ivory", reading.ChannelName);
        var photo = Assert.Single(reading.Files);
        Assert.Equal(("label.jpg", "image/jpeg", (long)Photo.Length, (Guid?)null), (photo.Name, photo.Type, photo.Size, photo.MessageId));
        Assert.Equal([1, 2, 3], reading.Messages.Select(m => m.Sequence));
        Assert.Equal([MessageDirection.ToWhistleblower, MessageDirection.FromWhistleblower, MessageDirection.ToWhistleblower], reading.Messages.Select(m => m.Direction));
        Assert.Equal("Thank you, we received your report.", reading.Messages[0].Text);
        Assert.Null(reading.Messages[0].AuthorName);
        Assert.Equal((replyId, "The sender address was visible."), (reading.Messages[1].Id, reading.Messages[1].Text));
        Assert.Equal("second.png", Assert.Single(reading.Messages[1].Files).Name);
        Assert.Equal(("Was the sender's address visible?", "Investigator"), (reading.Messages[2].Text, reading.Messages[2].AuthorName));
        Assert.True(reading.HasUnreadWhistleblowerMessages);
        Assert.Null(reading.CaseReference);
    }

    [Fact]
    public async Task ReadingMarksNothingAndMarkingTheRepliesReadIsAuditedByTipOnly()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"));
        await scenario.ReplyAsWhistleblowerAsync(tip, "more details");

        await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)));
        Assert.True((await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).HasUnreadWhistleblowerMessages);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));

        Assert.Equal(1, await host.SendAsync(investigator.Actor, m => m.Send(new MarkWhistleblowerMessagesRead(tip.TipId))));

        Assert.False((await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).HasUnreadWhistleblowerMessages);
        var entry = Assert.Single(await host.WithDatabaseAsync(db => db.AuditEntries.ToListAsync()));
        Assert.Equal(("tip.messages.read", tip.TipId.ToString("D"), investigator.Actor.UserId), (entry.Action, entry.ObjectId, entry.ActorUserId));

        // The staff acknowledgement is the whistleblower's to mark, not staff's.
        Assert.False(await host.WithDatabaseAsync(db => db.Messages.Where(m => m.Direction == MessageDirection.ToWhistleblower).AnyAsync(m => m.ReadByRecipient)));
    }

    [Fact]
    public async Task AnotherOrganisationsInvestigatorFindsNothingByGuessingIds()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"), new PlantedFile("label.jpg", "image/jpeg", Photo));
        var attachmentId = (await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).Files[0].Id;
        var police = await scenario.OrganisationAsync("Wildlife Police");
        var outsider = await scenario.StaffAsync(police, StaffRoles.IntakeInvestigator | StaffRoles.Prosecutor);

        await AssertNothingReachableAsync(outsider, tip.TipId, attachmentId);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Messages.CountAsync()));
    }

    [Fact]
    public async Task AColleagueWithoutAWrapOfTheTipKeyFindsNothingEither()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"), new PlantedFile("label.jpg", "image/jpeg", Photo));
        var attachmentId = (await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).Files[0].Id;
        var newcomer = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator, "Joined later");

        await AssertNothingReachableAsync(newcomer, tip.TipId, attachmentId);
    }

    [Fact]
    public async Task AProsecutorReadsTheTipOnceItsCaseIsRoutedToThemAndTheyHoldAWrap()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("routed tortoises"));
        var prosecution = await scenario.OrganisationAsync("Prosecution office");
        var prosecutor = await scenario.StaffAsync(prosecution, StaffRoles.Prosecutor);
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(prosecutor.Actor, m => m.Send(new ReadTip(tip.TipId))));

        var reference = "TL-2026-00042";
        await host.WithDatabaseAsync(async (db, services) =>
        {
            var @case = new Case(Guid.NewGuid(), ngo.Id, reference, new DateOnly(2026, 3, 14));
            db.Cases.Add(@case);
            (await db.Tips.SingleAsync(t => t.Id == tip.TipId)).AttachToCase(@case.Id);
            db.CaseRoutings.Add(new CaseRouting(Guid.NewGuid(), @case.Id, prosecution.Id, investigator.UserId, new DateOnly(2026, 3, 14)));
            var member = await db.StaffUsers.SingleAsync(u => u.Id == prosecutor.UserId);
            await new TipKeys(db, investigator.Actor, services.GetRequiredService<IStaffSessionKey>()).GrantAsync(tip.TipId, tip.TipKey, [member], prosecution.Id, CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        var reading = await host.SendAsync(prosecutor.Actor, m => m.Send(new ReadTip(tip.TipId)));
        Assert.Equal("routed tortoises", reading.Answers!.Description);
        Assert.Equal(reference, reading.CaseReference);
    }

    [Fact]
    public async Task ADownloadIsAuditedAndItsKeyOpensTheExactBytesTheWhistleblowerSent()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"), new PlantedFile("label.jpg", "image/jpeg", Photo));
        var attachmentId = (await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).Files[0].Id;

        using var opened = await host.SendAsync(investigator.Actor, m => m.Send(new OpenTipAttachment(tip.TipId, attachmentId)));

        Assert.Equal("label.jpg", opened.FileName);
        var blobs = await host.WithDatabaseAsync((_, services) => Task.FromResult(services.GetRequiredService<IBlobStore>()));
        await using (var ciphertext = await blobs.OpenReadAsync(opened.BlobName))
        {
            using var copy = new MemoryStream();
            await ciphertext.CopyToAsync(copy);
            Assert.Equal(Photo, ApiClientSealing.DecryptFile(copy.ToArray(), opened.TipKey));
        }

        var entry = Assert.Single(await host.WithDatabaseAsync(db => db.AuditEntries.ToListAsync()));
        Assert.Equal(("tip.file.download", "Attachment", attachmentId.ToString("D")), (entry.Action, entry.ObjectType, entry.ObjectId));
    }

    [Fact]
    public async Task APhotosReportShowsItsGpsPositionAndTheAuditedSanitisedCopyHasNoIdentifyingMetadata()
    {
        var photo = JpegSample.WithExif(littleEndian: true);
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"), new PlantedFile("label.jpg", "image/jpeg", photo));
        var attachmentId = (await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).Files[0].Id;

        var inspection = await host.SendAsync(investigator.Actor, m => m.Send(new InspectAttachment(tip.TipId, attachmentId)));
        Assert.Equal(("label.jpg", false, "jpeg"), (inspection.FileName, inspection.TooLargeToInspect, inspection.Report!.Format));
        Assert.True(inspection.Report.HasGpsPosition);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));

        using var copy = await host.SendAsync(investigator.Actor, m => m.Send(new ExportSanitisedAttachment(tip.TipId, attachmentId)));

        Assert.Equal("sanitised-label.jpg", copy.FileName);
        Assert.True(copy.ItemsRemoved > 0);
        var cleaned = FileMetadata.Inspect(copy.Content.Span, copy.FileName);
        Assert.Equal("jpeg", cleaned.Format);
        Assert.False(cleaned.HasIdentifyingMetadata);
        var entry = Assert.Single(await host.WithDatabaseAsync(db => db.AuditEntries.ToListAsync()));
        Assert.Equal(("tip.file.export-sanitised", "Attachment", attachmentId.ToString("D")), (entry.Action, entry.ObjectType, entry.ObjectId));
    }

    [Fact]
    public async Task AFileDeclaredLargerThanTheInMemoryLimitIsNotDecryptedForInspection()
    {
        var huge = new PlantedFile("video.mp4", "video/mp4", [1, 2, 3]) { DeclaredSize = TipAttachmentFiles.LargestInMemoryBytes + 1 };
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"), huge);
        var attachmentId = (await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).Files[0].Id;

        var video = await host.SendAsync(investigator.Actor, m => m.Send(new InspectAttachment(tip.TipId, attachmentId)));
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(investigator.Actor, m => m.Send(new ExportSanitisedAttachment(tip.TipId, attachmentId))));

        Assert.Equal(("video.mp4", true, (FileMetadataReport?)null), (video.FileName, video.TooLargeToInspect, video.Report));
        Assert.Equal(ExportSanitisedAttachmentHandler.TooLarge, Assert.Single(refused.Problems).MessageKey);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task AFileWhoseFormatCannotBeCleanedIsRefusedWithoutAnAuditEntry()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"), new PlantedFile("notes.txt", "text/plain", "plain notes"u8.ToArray()));
        var file = (await host.SendAsync(investigator.Actor, m => m.Send(new ReadTip(tip.TipId)))).Files[0];

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(investigator.Actor, m => m.Send(new ExportSanitisedAttachment(tip.TipId, file.Id))));

        Assert.Equal(ExportSanitisedAttachmentHandler.CannotSanitise, Assert.Single(refused.Problems).MessageKey);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    public async Task InitializeAsync()
    {
        ngo = await scenario.OrganisationAsync("Wildlife NGO");
        channel = await scenario.ChannelAsync(ngo, "Ivory");
        investigator = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task AssertNothingReachableAsync(StaffMember someone, Guid tipId, Guid attachmentId)
    {
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(someone.Actor, m => m.Send(new ReadTip(tipId))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(someone.Actor, m => m.Send(new OpenTipAttachment(tipId, attachmentId))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(someone.Actor, m => m.Send(new InspectAttachment(tipId, attachmentId))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(someone.Actor, m => m.Send(new ExportSanitisedAttachment(tipId, attachmentId))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(someone.Actor, m => m.Send(new MarkWhistleblowerMessagesRead(tipId))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(someone.Actor, m => m.Send(new SendMessageToWhistleblower(tipId, "hello?"))));
    }
}
