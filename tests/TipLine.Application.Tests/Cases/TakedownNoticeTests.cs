using System.Text;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Cases.IssueTakedownNotice;
using TipLine.Application.Cases.ReadCase;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Notices;
using TipLine.Application.Notices.ListTakedownNotices;
using TipLine.Application.Notices.ReadTakedownNotice;
using TipLine.Application.Notices.RecordTakedownActedOn;
using TipLine.Crypto.Age;
using TipLine.Domain.Cases;

namespace TipLine.Application.Tests.Cases;

public sealed class TakedownNoticeTests : IAsyncLifetime
{
    private static readonly string[] Listings = ["https://marketbook.example/listing/991", "http://marketbook.example/l?id=17"];

    private CaseWorld world = null!;

    [Fact]
    public async Task A_notice_holds_listings_and_handles_only_and_opens_with_a_platform_members_key()
    {
        var created = await world.OpenCaseAsync();
        var tip = world.Tips.Values.Single();

        var noticeId = await world.As(world.Investigator, m => m.Send(
            new IssueTakedownNotice(created.Id, world.Platform, Listings, [" @tortue_express "], "Please preserve the seller's data.")));

        var stored = await world.Host.WithDatabaseAsync(db => db.TakedownNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId));
        var plaintext = Encoding.UTF8.GetString(TipSealing.OpenWithAnyKey(stored.Ciphertext, [world.PlatformOfficer.Identity]));
        var content = TakedownNoticeContent.FromUtf8Json(Encoding.UTF8.GetBytes(plaintext));
        Assert.Equal(Listings, content.ListingUrls);
        Assert.Equal(["@tortue_express"], content.SellerHandles);
        Assert.Equal("Please preserve the seller's data.", content.Note);
        Assert.DoesNotContain(tip.AnswerText, plaintext, StringComparison.Ordinal);
        Assert.DoesNotContain(tip.WhistleblowerRecipient, plaintext, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Reference, plaintext, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Id.ToString("D"), plaintext, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(tip.Id.ToString("D"), plaintext, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(
            new[] { "handles", "listings", "note", "v" },
            System.Text.Json.JsonDocument.Parse(plaintext).RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        // The issuer can open it; nobody else outside the platform can, not even the routed police.
        Assert.Equal(plaintext, Encoding.UTF8.GetString(TipSealing.OpenWithAnyKey(stored.Ciphertext, [world.Investigator.Identity])));
        Assert.Equal(AgeError.NoMatchingIdentity, Assert.Throws<AgeException>(() => TipSealing.OpenWithAnyKey(stored.Ciphertext, [world.SecondInvestigator.Identity])).Error);
        Assert.Equal(AgeError.NoMatchingIdentity, Assert.Throws<AgeException>(() => TipSealing.OpenWithAnyKey(stored.Ciphertext, [world.PlatformAdministrator.Identity])).Error);
        Assert.Equal("case.takedown.issue", (await world.AuditActionsAsync())[^1]);
    }

    [Fact]
    public async Task The_platform_lists_reads_and_marks_its_notices_without_ever_reaching_the_case()
    {
        var created = await world.OpenCaseAsync();
        var noticeId = await world.As(world.Investigator, m => m.Send(new IssueTakedownNotice(created.Id, world.Platform, Listings, [], null)));

        var page = await world.As(world.PlatformOfficer, m => m.Send(new ListTakedownNotices()));
        var view = await world.As(world.PlatformOfficer, m => m.Send(new ReadTakedownNotice(noticeId)));
        await world.As(world.PlatformOfficer, m => m.Send(new RecordTakedownActedOn(noticeId)));

        var summary = Assert.Single(page.Notices);
        Assert.Equal((noticeId, "Wildlife Watch NGO", "Marketbook", new DateOnly(2026, 3, 14), (DateOnly?)null), (summary.Id, summary.IssuingOrganisationName, summary.PlatformName, summary.IssuedOn, summary.ActedOnOn));
        Assert.Equal(Listings, view.Content!.ListingUrls);
        Assert.True(view.CanRecordActedOn);
        Assert.Equal(new DateOnly(2026, 3, 14), (await world.Host.WithDatabaseAsync(db => db.TakedownNotices.SingleAsync())).ActedOnOn);
        Assert.Empty((await world.As(world.PlatformOfficer, m => m.Send(new ListTakedownNotices(OnlyAwaitingAction: true)))).Notices);
        var entry = await world.Host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).LastAsync());
        Assert.Equal(("takedown.acted-on", nameof(TakedownNotice), noticeId.ToString("D")), (entry.Action, entry.ObjectType, entry.ObjectId));

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.PlatformOfficer, m => m.Send(new ReadCase(created.Id))));
        Assert.DoesNotContain(await world.Host.WithDatabaseAsync(db => db.TipKeyWraps.AsNoTracking().ToListAsync()), w => w.StaffUserId == world.PlatformOfficer.UserId);
    }

    [Fact]
    public async Task The_issuer_reads_its_notice_but_only_the_platform_marks_it_and_other_organisations_find_nothing()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police);
        var noticeId = await world.As(world.Investigator, m => m.Send(new IssueTakedownNotice(created.Id, world.Platform, Listings, [], null)));

        var issuerView = await world.As(world.Investigator, m => m.Send(new ReadTakedownNotice(noticeId)));

        Assert.Equal(Listings, issuerView.Content!.ListingUrls);
        Assert.False(issuerView.CanRecordActedOn);
        Assert.Null((await world.As(world.SecondInvestigator, m => m.Send(new ReadTakedownNotice(noticeId)))).Content);
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Investigator, m => m.Send(new RecordTakedownActedOn(noticeId))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.PoliceOfficer, m => m.Send(new ReadTakedownNotice(noticeId))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new ReadTakedownNotice(noticeId))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new RecordTakedownActedOn(noticeId))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PlatformAdministrator, m => m.Send(new ListTakedownNotices())));
        Assert.Empty((await world.As(world.CustomsInvestigator, m => m.Send(new ListTakedownNotices()))).Notices);
        var details = await world.As(world.PoliceOfficer, m => m.Send(new ReadCase(created.Id)));
        Assert.Equal(("Marketbook", noticeId), (Assert.Single(details.TakedownNotices).PlatformName, details.TakedownNotices[0].Id));
    }

    [Fact]
    public async Task Notices_go_only_to_platforms_from_the_owners_intake_investigators()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Investigator, m => m.Send(new IssueTakedownNotice(created.Id, world.Police, Listings, [], null))));
        Assert.Equal(IssueTakedownNoticeHandler.NotAPlatform, Assert.Single(refused.Problems).MessageKey);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceIntake, m => m.Send(new IssueTakedownNotice(created.Id, world.Platform, Listings, [], null))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new IssueTakedownNotice(created.Id, world.Platform, Listings, [], null))));
        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.TakedownNotices.CountAsync()));
    }

    [Theory]
    [InlineData(new string[0], new string[0], 0, IssueTakedownNoticeValidator.ListingsRequired)]
    [InlineData(new[] { "javascript:alert(1)" }, new string[0], 0, IssueTakedownNoticeValidator.ListingInvalid)]
    [InlineData(new[] { "ftp://marketbook.example/x" }, new string[0], 0, IssueTakedownNoticeValidator.ListingInvalid)]
    [InlineData(new[] { "/listing/991" }, new string[0], 0, IssueTakedownNoticeValidator.ListingInvalid)]
    [InlineData(new[] { "https://marketbook.example/1" }, new[] { "" }, 0, IssueTakedownNoticeValidator.HandleInvalid)]
    [InlineData(new[] { "https://marketbook.example/1" }, new string[0], 2001, IssueTakedownNoticeValidator.NoteTooLong)]
    public async Task Bad_notice_input_is_refused(string[] listings, string[] handles, int noteLength, string key)
    {
        var created = await world.OpenCaseAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Investigator, m => m.Send(new IssueTakedownNotice(created.Id, world.Platform, listings, handles, new string('n', noteLength)))));

        Assert.Equal(key, Assert.Single(refused.Problems).MessageKey);
    }

    [Fact]
    public async Task Limits_on_listing_and_handle_counts_and_lengths_hold_at_their_edges()
    {
        var created = await world.OpenCaseAsync();
        var longUrl = "https://marketbook.example/" + new string('a', 2_000 - 27);
        var fifty = Enumerable.Range(0, 50).Select(i => $"https://marketbook.example/{i}").ToList();

        await world.As(world.Investigator, m => m.Send(new IssueTakedownNotice(created.Id, world.Platform, [longUrl, .. fifty[1..]], [.. Enumerable.Repeat(new string('h', 200), 50)], new string('n', 2_000))));

        async Task<string> RefusedAsync(IReadOnlyList<string> listings, IReadOnlyList<string> handles)
        {
            var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
                world.As(world.Investigator, m => m.Send(new IssueTakedownNotice(created.Id, world.Platform, listings, handles, null))));
            return Assert.Single(refused.Problems).MessageKey;
        }

        Assert.Equal(IssueTakedownNoticeValidator.ListingInvalid, await RefusedAsync([longUrl + "a"], []));
        Assert.Equal(IssueTakedownNoticeValidator.TooManyListings, await RefusedAsync([.. fifty, "https://marketbook.example/51"], []));
        Assert.Equal(IssueTakedownNoticeValidator.HandleInvalid, await RefusedAsync(fifty[..1], [new string('h', 201)]));
        Assert.Equal(IssueTakedownNoticeValidator.TooManyHandles, await RefusedAsync(fifty[..1], [.. Enumerable.Repeat("h", 51)]));
    }

    public async Task InitializeAsync() => world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();
}
