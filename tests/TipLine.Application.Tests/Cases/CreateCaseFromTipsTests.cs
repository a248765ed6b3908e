using Microsoft.EntityFrameworkCore;
using TipLine.Application.Cases;
using TipLine.Application.Cases.AddTipToCase;
using TipLine.Application.Cases.CreateCaseFromTips;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Cases;

public sealed class CreateCaseFromTipsTests : IAsyncLifetime
{
    private CaseWorld world = null!;

    [Fact]
    public async Task A_case_merges_the_tips_it_is_opened_from_and_gets_the_next_reference_of_the_year()
    {
        var first = await world.SubmitTipAsync(world.NgoChannel);
        var duplicate = await world.SubmitTipAsync(world.NgoChannel);
        var other = await world.SubmitTipAsync(world.NgoChannel);

        var merged = await world.As(world.Investigator, m => m.Send(new CreateCaseFromTips([first, duplicate])));
        var next = await world.As(world.SecondInvestigator, m => m.Send(new CreateCaseFromTips([other])));

        Assert.Equal("TL-2026-00001", merged.Reference);
        Assert.Equal("TL-2026-00002", next.Reference);
        var @case = await world.CaseAsync(merged.Id);
        Assert.Equal((world.Ngo, CaseStatus.New, world.NgoChannel, new DateOnly(2026, 3, 14)), (@case.OrganisationId, @case.Status, @case.ChannelId, @case.OpenedOn));
        var tips = await world.Host.WithDatabaseAsync(db => db.Tips.AsNoTracking().Where(t => t.CaseId == merged.Id).ToListAsync());
        Assert.Equal(new[] { duplicate, first }.Order(), tips.Select(t => t.Id).Order());
        Assert.All(tips, t => Assert.Equal(TipStatus.InCase, t.Status));
        Assert.Equal(["case.create", "case.create"], await world.AuditActionsAsync());
        var entry = await world.Host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).FirstAsync());
        Assert.Equal((merged.Id.ToString("D"), nameof(Case), world.Investigator.UserId), (entry.ObjectId, entry.ObjectType, entry.ActorUserId));
    }

    [Fact]
    public async Task A_tip_of_another_organisation_is_not_found_and_nothing_is_created()
    {
        var own = await world.SubmitTipAsync(world.NgoChannel);
        var foreign = await world.SubmitTipAsync(world.CustomsChannel);

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Investigator, m => m.Send(new CreateCaseFromTips([own, foreign]))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Investigator, m => m.Send(new CreateCaseFromTips([Guid.NewGuid()]))));

        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.Cases.CountAsync()));
        Assert.Empty(await world.AuditActionsAsync());
    }

    [Fact]
    public async Task A_tip_already_in_a_case_cannot_open_another()
    {
        var created = await world.OpenCaseAsync();
        var tip = (await world.Host.WithDatabaseAsync(db => db.Tips.Where(t => t.CaseId == created.Id).Select(t => t.Id).ToListAsync())).Single();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(new CreateCaseFromTips([tip]))));

        Assert.Equal(CaseQueries.TipAlreadyInCase, Assert.Single(refused.Problems).MessageKey);
    }

    [Theory]
    [InlineData(0, false, CreateCaseFromTipsValidator.TipsRequired)]
    [InlineData(51, false, CreateCaseFromTipsValidator.TooManyTips)]
    [InlineData(2, true, CreateCaseFromTipsValidator.DuplicateTips)]
    public async Task The_tip_list_must_hold_one_to_fifty_distinct_tips(int count, bool repeat, string key)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        if (repeat)
        {
            ids[1] = ids[0];
        }

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(new CreateCaseFromTips(ids))));

        Assert.Equal(key, Assert.Single(refused.Problems).MessageKey);
    }

    [Fact]
    public async Task Only_intake_investigators_open_cases()
    {
        var tip = await world.SubmitTipAsync(world.NgoChannel);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.NgoAdministrator, m => m.Send(new CreateCaseFromTips([tip]))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.Prosecutor, m => m.Send(new CreateCaseFromTips([tip]))));
    }

    [Fact]
    public async Task A_duplicate_tip_merges_into_an_open_case_of_the_same_organisation()
    {
        var created = await world.OpenCaseAsync();
        var duplicate = await world.SubmitTipAsync(world.NgoChannel);

        await world.As(world.Investigator, m => m.Send(new AddTipToCase(created.Id, duplicate)));

        var tip = await world.Host.WithDatabaseAsync(db => db.Tips.AsNoTracking().SingleAsync(t => t.Id == duplicate));
        Assert.Equal((created.Id, TipStatus.InCase), (tip.CaseId, tip.Status));
        Assert.Equal("case.merge-tip", (await world.AuditActionsAsync())[^1]);
    }

    [Fact]
    public async Task A_tip_cannot_merge_into_another_organisations_case_nor_a_foreign_tip_into_ones_own()
    {
        var created = await world.OpenCaseAsync();
        var foreignTip = await world.SubmitTipAsync(world.CustomsChannel);
        var ownTip = await world.SubmitTipAsync(world.NgoChannel);

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new AddTipToCase(created.Id, foreignTip))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Investigator, m => m.Send(new AddTipToCase(created.Id, foreignTip))));
        var inCase = await world.Host.WithDatabaseAsync(db => db.Tips.Where(t => t.CaseId == created.Id).Select(t => t.Id).SingleAsync());
        var second = await world.As(world.Investigator, m => m.Send(new CreateCaseFromTips([ownTip])));
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(new AddTipToCase(second.Id, inCase))));

        Assert.Equal(CaseQueries.TipAlreadyInCase, Assert.Single(refused.Problems).MessageKey);
    }

    public async Task InitializeAsync() => world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();
}
