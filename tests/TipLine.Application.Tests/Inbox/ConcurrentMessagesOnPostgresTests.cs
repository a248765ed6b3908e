using Microsoft.EntityFrameworkCore;
using TipLine.Application.Messaging.SendMessageToWhistleblower;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Staff;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Inbox;

/// <summary>PostgreSQL really runs the senders' transactions side by side, so this is where two of them would take the same sequence.</summary>
public sealed class ConcurrentMessagesOnPostgresTests : PostgresHostedTests
{
    private const int StaffMessages = 8;
    private const int WhistleblowerReplies = 4;

    [PostgresFact]
    public async Task ConcurrentSendersEitherSideGetDistinctConsecutiveSequences()
    {
        var scenario = new IntakeScenario(Host);
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        var channel = await scenario.ChannelAsync(ngo, "Ivory");
        var first = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator, "First");
        var second = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator, "Second");
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"));

        var staff = Enumerable.Range(0, StaffMessages).Select(i => Task.Run(() =>
            Host.SendAsync((i % 2 == 0 ? first : second).Actor, m => m.Send(new SendMessageToWhistleblower(tip.TipId, $"question {i}")))));
        var replies = Enumerable.Range(0, WhistleblowerReplies).Select(i => Task.Run(() => scenario.ReplyAsWhistleblowerAsync(tip, $"answer {i}")));
        await Task.WhenAll(staff.Concat(replies));

        var sequences = await Host.WithDatabaseAsync(db => db.Messages.Where(m => m.TipId == tip.TipId).OrderBy(m => m.Sequence).Select(m => m.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 1 + StaffMessages + WhistleblowerReplies), sequences);
        Assert.Equal(StaffMessages, await Host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "tip.message.send")));
        Assert.True((await Host.VerifyAuditChainAsync()).IsIntact);
    }
}
