using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Inbox.ListInbox;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Channels;
using TipLine.Domain.Staff;
using Xunit.Abstractions;

namespace TipLine.Application.Tests.Inbox;

/// <summary>An inbox of 100,000 tips, each with an unread reply and the investigator's wrap, planted with SQL on SQLite.</summary>
public sealed class InboxAtScaleTests : IAsyncLifetime
{
    private const int LargeChannelTips = 90_000;
    private const int SmallChannelTips = 10_000;
    private readonly ApplicationHost host = new();
    private readonly IntakeScenario scenario;

    private readonly ITestOutputHelper output;

    public InboxAtScaleTests(ITestOutputHelper output)
    {
        this.output = output;
        scenario = new IntakeScenario(host);
    }

    [Fact]
    public async Task AnyPageOfAHundredThousandTipsTakesTwoQueriesAndLittleTime()
    {
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        var large = await scenario.ChannelAsync(ngo, "Ivory");
        var small = await scenario.ChannelAsync(ngo, "Birds");
        var investigator = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var planting = Stopwatch.StartNew();
        await PlantAsync(large, LargeChannelTips, investigator.UserId);
        await PlantAsync(small, SmallChannelTips, investigator.UserId);
        output.WriteLine($"planted in {planting.ElapsedMilliseconds} ms");

        foreach (var request in new[] { new ListInbox(), new ListInbox(Page: 1_000), new ListInbox(small.Id, Page: 150) })
        {
            var clock = Stopwatch.StartNew();
            var (page, commands) = await DatabaseCommandCounter.CountAsync(() => host.SendAsync(investigator.Actor, m => m.Send(request)));
            clock.Stop();
            output.WriteLine($"{request}: {clock.ElapsedMilliseconds} ms");

            Assert.Equal(2, commands.Count);
            Assert.Equal(ListInbox.PageSize, page.Tips.Count);
            Assert.Equal(request.ChannelId is null ? LargeChannelTips + SmallChannelTips : SmallChannelTips, page.TipCount);
            Assert.Equal(request.Page, page.Page);
            Assert.All(page.Tips, t => Assert.Equal((1, true), (t.UnreadMessages, t.Readable)));
            Assert.True(page.Tips.Zip(page.Tips.Skip(1)).All(pair => pair.First.ReceivedOn >= pair.Second.ReceivedOn));

            // Generous for two shared cores; reading every tip into memory or a query per row takes far longer.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{request} took {clock.Elapsed}.");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    private const string NewId =
        "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-A' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

    // Ids in the format EF Core's SQLite provider writes (upper-case text), days spread over a year and a bit.
    private Task<int> PlantAsync(Channel channel, int count, Guid investigatorId) => host.WithDatabaseAsync(async db =>
    {
        var channelId = channel.Id.ToString().ToUpperInvariant();
        var investigator = investigatorId.ToString().ToUpperInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var planted = await db.Database.ExecuteSqlRawAsync(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {1}) "
            + "INSERT INTO \"Tips\" (\"Id\", \"ChannelId\", \"ReceivedOn\", \"Status\", \"TipPublicKey\", \"WhistleblowerPublicKey\", \"AnswersCiphertext\", \"IntakeSignature\") "
            + "SELECT " + NewId + ", {0}, date('2025-01-01', '+' || (i % 400) || ' days'), 'Received', 'age1tip', 'age1wb', randomblob(512), randomblob(64) FROM n",
            channelId,
            count - 1);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Messages\" (\"Id\", \"TipId\", \"Sequence\", \"Direction\", \"BodyCiphertext\", \"SentOn\", \"ReadByRecipient\") "
            + "SELECT " + NewId + ", \"Id\", 1, 'FromWhistleblower', randomblob(64), \"ReceivedOn\", 0 FROM \"Tips\" WHERE \"ChannelId\" = {0}",
            channelId);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"TipKeyWraps\" (\"Id\", \"TipId\", \"Holder\", \"StaffUserId\", \"RecipientPublicKey\", \"WrappedKey\") "
            + "SELECT " + NewId + ", \"Id\", 'StaffUser', {0}, 'age1staff', randomblob(200) FROM \"Tips\" WHERE \"ChannelId\" = {1}",
            investigator,
            channelId);
        await transaction.CommitAsync();
        return planted;
    });
}
