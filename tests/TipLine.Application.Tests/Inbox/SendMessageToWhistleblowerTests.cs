using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.FollowUp.MarkStaffMessagesRead;
using TipLine.Application.FollowUp.ReadFollowUp;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Messaging.SendMessageToWhistleblower;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Keys;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Inbox;

public sealed class SendMessageToWhistleblowerTests : IAsyncLifetime
{
    private const string Question = "Was the sender's address on the label? (Operation Pangolin)";
    private readonly ApplicationHost host = new();
    private readonly IntakeScenario scenario;
    private Channel channel = null!;
    private StaffMember investigator = null!;

    public SendMessageToWhistleblowerTests() => scenario = new IntakeScenario(host);

    [Fact]
    public async Task AStaffMessageTakesTheNextSequenceIsSealedToTheTipAndCountsAsFeedback()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"));
        await scenario.ReplyAsWhistleblowerAsync(tip, "one more detail");

        var messageId = await host.SendAsync(investigator.Actor, m => m.Send(new SendMessageToWhistleblower(tip.TipId, Question)));

        var message = await host.WithDatabaseAsync(db => db.Messages.SingleAsync(m => m.Id == messageId));
        Assert.Equal((3, MessageDirection.ToWhistleblower, investigator.Actor.UserId, false), (message.Sequence, message.Direction, message.AuthorUserId, message.ReadByRecipient));
        Assert.Equal(DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime), message.SentOn);
        Assert.Equal(Question, MessageBody.Open(message.BodyCiphertext, tip.TipKey).Body);
        Assert.True(message.BodyCiphertext.AsSpan().IndexOf("Pangolin"u8) < 0);
        var tipRow = await host.WithDatabaseAsync(db => db.Tips.SingleAsync(t => t.Id == tip.TipId));
        Assert.Equal(message.SentOn, tipRow.FeedbackGivenOn);

        var entry = Assert.Single(await host.WithDatabaseAsync(db => db.AuditEntries.ToListAsync()));
        Assert.Equal(("tip.message.send", "Tip", tip.TipId.ToString("D")), (entry.Action, entry.ObjectType, entry.ObjectId));
        Assert.DoesNotContain("Pangolin", string.Join('|', entry.Action, entry.ObjectType, entry.ObjectId), StringComparison.OrdinalIgnoreCase);
        Assert.True((await host.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task TheWhistleblowerSeesTheMessageAsNewUntilTheirFollowUpMarksItRead()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"));
        await host.SendAsync(TestActor.Whistleblower, m => m.Send(new MarkStaffMessagesRead(tip.TipId)));
        await scenario.ReplyAsWhistleblowerAsync(tip, "a detail staff have not read");
        var messageId = await host.SendAsync(investigator.Actor, m => m.Send(new SendMessageToWhistleblower(tip.TipId, Question)));

        var before = (await host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadFollowUp(tip.TipId))))!;
        Assert.True(before.HasUnreadStaffMessages);
        var shown = Assert.Single(before.Messages, m => m.Id == messageId);
        Assert.False(shown.ReadByRecipient);
        using (var tipKey = TipKey.Unwrap(before.WhistleblowerWrap, tip.Whistleblower))
        {
            Assert.Equal(Question, MessageBody.Open(shown.BodyCiphertext, tipKey).Body);
        }

        Assert.Equal(1, await host.SendAsync(TestActor.Whistleblower, m => m.Send(new MarkStaffMessagesRead(tip.TipId))));

        var after = (await host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadFollowUp(tip.TipId))))!;
        Assert.False(after.HasUnreadStaffMessages);
        Assert.False(Assert.Single(after.Messages, m => m.Direction == MessageDirection.FromWhistleblower).ReadByRecipient);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData(null)]
    public async Task AnEmptyMessageIsRefusedAndNothingIsStored(string? text)
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(investigator.Actor, m => m.Send(new SendMessageToWhistleblower(tip.TipId, text!))));

        Assert.Equal(SendMessageToWhistleblowerValidator.TextRequired, Assert.Single(refused.Problems).MessageKey);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Messages.CountAsync()));
        Assert.Null((await host.WithDatabaseAsync(db => db.Tips.SingleAsync())).FeedbackGivenOn);
    }

    [Fact]
    public async Task TwentyThousandCharactersAreAcceptedAndOneMoreIsRefused()
    {
        var tip = await scenario.SubmitAsync(channel, ListInboxTests.Answers("tortoises"));

        await host.SendAsync(investigator.Actor, m => m.Send(new SendMessageToWhistleblower(tip.TipId, new string('a', SendMessageToWhistleblower.MaximumTextLength))));
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(investigator.Actor, m => m.Send(new SendMessageToWhistleblower(tip.TipId, new string('a', SendMessageToWhistleblower.MaximumTextLength + 1)))));

        Assert.Equal(SendMessageToWhistleblowerValidator.TextTooLong, Assert.Single(refused.Problems).MessageKey);
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.Messages.CountAsync()));
    }

    public async Task InitializeAsync()
    {
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        channel = await scenario.ChannelAsync(ngo, "Ivory");
        investigator = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();
}
