using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Inbox.ListInbox;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tips.MarkWhistleblowerMessagesRead;
using TipLine.Crypto.Age;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Inbox;

public sealed class ListInboxTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly IntakeScenario scenario;

    public ListInboxTests() => scenario = new IntakeScenario(host);

    [Fact]
    public async Task TheInboxListsTheOrganisationsTipsThatAreNotInACaseAndNothingOfAnotherOrganisation()
    {
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        var police = await scenario.OrganisationAsync("Wildlife Police");
        var ivory = await scenario.ChannelAsync(ngo, "Ivory");
        var birds = await scenario.ChannelAsync(ngo, "Birds");
        var policeChannel = await scenario.ChannelAsync(police, "Police intake");
        var investigator = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        await scenario.StaffAsync(police, StaffRoles.IntakeInvestigator);

        var waitingIvory = await scenario.SubmitAsync(ivory, Answers("ivory one"));
        var inCase = await scenario.SubmitAsync(ivory, Answers("ivory in a case"));
        var waitingBirds = await scenario.SubmitAsync(birds, Answers("parrots"));
        await scenario.SubmitAsync(policeChannel, Answers("another organisation's tip"));
        await PutInCaseAsync(ngo.Id, inCase.TipId);

        var inbox = await host.SendAsync(investigator.Actor, m => m.Send(new ListInbox()));

        Assert.Equal(new[] { waitingIvory.TipId, waitingBirds.TipId }.Order(), inbox.Tips.Select(t => t.TipId).Order());
        Assert.Equal(2, inbox.TipCount);
        Assert.Equal([("Birds", 1), ("Ivory", 1)], inbox.Channels.Select(c => (c.Name, c.Tips)));
        Assert.DoesNotContain(inbox.Channels, c => c.Id == policeChannel.Id);

        var ivoryOnly = await host.SendAsync(investigator.Actor, m => m.Send(new ListInbox(ivory.Id)));
        Assert.Equal([waitingIvory.TipId], ivoryOnly.Tips.Select(t => t.TipId));
        Assert.Equal(1, ivoryOnly.TipCount);
        Assert.Equal("Ivory", Assert.Single(ivoryOnly.Tips).ChannelName);
    }

    [Fact]
    public async Task FilteringOnAnotherOrganisationsChannelIsNotFound()
    {
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        var police = await scenario.OrganisationAsync("Wildlife Police");
        await scenario.ChannelAsync(ngo, "Ivory");
        var policeChannel = await scenario.ChannelAsync(police, "Police intake");
        var investigator = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator);

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(investigator.Actor, m => m.Send(new ListInbox(policeChannel.Id))));
    }

    [Theory]
    [InlineData(StaffRoles.Prosecutor)]
    [InlineData(StaffRoles.EnforcementOfficer)]
    [InlineData(StaffRoles.Administrator)]
    public async Task OnlyIntakeInvestigatorsHaveAnInbox(StaffRoles role)
    {
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        var other = await scenario.StaffAsync(ngo, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(other.Actor, m => m.Send(new ListInbox())));
    }

    [Fact]
    public async Task PagesHoldFiftyTipsNewestDayFirstAndTiesInIdOrder()
    {
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        var channel = await scenario.ChannelAsync(ngo, "Ivory");
        var investigator = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var planted = await PlantTipsAsync(channel, 120);
        var expected = planted.OrderByDescending(t => t.ReceivedOn).ThenBy(t => t.Id).Select(t => t.Id).ToList();

        var pages = new List<InboxPage>();
        for (var page = 1; page <= 3; page++)
        {
            var number = page;
            pages.Add(await host.SendAsync(investigator.Actor, m => m.Send(new ListInbox(Page: number))));
        }

        Assert.Equal([50, 50, 20], pages.Select(p => p.Tips.Count));
        Assert.All(pages, p => Assert.Equal((120, 3), (p.TipCount, p.PageCount)));
        Assert.Equal(expected, pages.SelectMany(p => p.Tips).Select(t => t.TipId));

        var beyond = await host.SendAsync(investigator.Actor, m => m.Send(new ListInbox(Page: 99)));
        Assert.Equal(3, beyond.Page);
        Assert.Equal(expected[100..], beyond.Tips.Select(t => t.TipId));
    }

    [Fact]
    public async Task EachRowCarriesDeadlinesUnreadRepliesFilesAndWhetherTheActorHoldsAWrap()
    {
        var ngo = await scenario.OrganisationAsync("Wildlife NGO");
        var channel = await scenario.ChannelAsync(ngo, "Ivory");
        var investigator = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var tip = await scenario.SubmitAsync(channel, Answers("tortoises"), new PlantedFile("label.jpg", "image/jpeg", [1, 2, 3]));
        await scenario.ReplyAsWhistleblowerAsync(tip, "first answer", new PlantedFile("second.png", "image/png", [4, 5]));
        await scenario.ReplyAsWhistleblowerAsync(tip, "second answer");
        var newcomer = await scenario.StaffAsync(ngo, StaffRoles.IntakeInvestigator, "Joined after the tip");

        var row = Assert.Single((await host.SendAsync(investigator.Actor, m => m.Send(new ListInbox()))).Tips);
        var received = DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime);
        Assert.Equal(received, row.ReceivedOn);
        Assert.Equal(received.AddDays(7), row.AcknowledgeBy);
        Assert.Equal(received.AddMonths(3), row.FeedbackBy);
        Assert.Equal(TipStatus.Acknowledged, row.Status);
        Assert.False(row.FeedbackGiven);
        Assert.Equal(2, row.UnreadMessages);
        Assert.Equal(2, row.Files);
        Assert.True(row.Readable);
        Assert.False(Assert.Single((await host.SendAsync(newcomer.Actor, m => m.Send(new ListInbox()))).Tips).Readable);

        await host.SendAsync(investigator.Actor, m => m.Send(new MarkWhistleblowerMessagesRead(tip.TipId)));
        Assert.Equal(0, Assert.Single((await host.SendAsync(investigator.Actor, m => m.Send(new ListInbox()))).Tips).UnreadMessages);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    internal static TipAnswers Answers(string description) => new() { Description = description };

    private Task<int> PutInCaseAsync(Guid organisationId, Guid tipId) => host.WithDatabaseAsync(async db =>
    {
        var @case = new Case(Guid.NewGuid(), organisationId, "TL-" + Guid.NewGuid().ToString("N")[..8], DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime));
        db.Cases.Add(@case);
        (await db.Tips.SingleAsync(t => t.Id == tipId)).AttachToCase(@case.Id);
        return await db.SaveChangesAsync();
    });

    // Rows only (no keys needed to list): several tips per day, so the id must break ties for a stable order.
    private Task<List<Tip>> PlantTipsAsync(Channel channel, int count) => host.WithDatabaseAsync(async db =>
    {
        using var someone = X25519Identity.Generate();
        var recipient = someone.Recipient.ToString();
        var tips = Enumerable.Range(0, count)
            .Select(i => new Tip(Guid.NewGuid(), channel.Id, new DateOnly(2026, 1, 1).AddDays(i % 17), recipient, recipient, [1], RandomNumberGenerator.GetBytes(64)))
            .ToList();
        db.Tips.AddRange(tips);
        await db.SaveChangesAsync();
        return tips;
    });
}
