using Microsoft.EntityFrameworkCore;
using TipLine.Application.Access;
using TipLine.Application.Cases.ListCases;
using TipLine.Application.Cases.TriageCase;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Cases;

public sealed class ListCasesTests : IAsyncLifetime
{
    private CaseWorld world = null!;

    [Fact]
    public async Task The_owner_and_the_organisations_a_case_is_routed_to_list_it_and_nobody_else_does()
    {
        var routed = await world.OpenRoutedCaseAsync(world.Police);
        var kept = await world.OpenTriagedCaseAsync();

        var owner = await world.As(world.Investigator, m => m.Send(new ListCases()));
        var police = await world.As(world.PoliceOfficer, m => m.Send(new ListCases()));
        var customs = await world.As(world.CustomsInvestigator, m => m.Send(new ListCases()));
        var prosecution = await world.As(world.Prosecutor, m => m.Send(new ListCases()));

        Assert.Equal(new[] { kept.Id, routed.Id }.Order(), owner.Rows.Select(r => r.Id).Order());
        Assert.All(owner.Rows, r => Assert.True(r.Owned));
        var row = Assert.Single(police.Rows);
        Assert.Equal((routed.Id, routed.Reference, false), (row.Id, row.Reference, row.Owned));
        Assert.Equal(1, police.Total);
        Assert.Empty(customs.Rows);
        Assert.Equal(0, customs.Total);
        Assert.Empty(prosecution.Rows);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceAdministrator, m => m.Send(new ListCases())));
    }

    [Fact]
    public async Task The_union_the_list_uses_and_the_visibility_rule_agree_for_every_organisation()
    {
        await world.OpenRoutedCaseAsync(world.Police, world.Prosecution);
        await world.OpenRoutedCaseAsync(world.Prosecution);
        await world.OpenCaseAsync();

        foreach (var organisation in new[] { world.Ngo, world.Police, world.Prosecution, world.Customs, world.Platform })
        {
            var (union, rule) = await world.Host.WithDatabaseAsync(async db => (
                await db.CasesVisibleTo(organisation).Select(c => c.Id).ToListAsync(),
                await db.Cases.VisibleTo(db, organisation).Select(c => c.Id).ToListAsync()));
            Assert.Equal(rule.Order(), union.Order());
        }
    }

    [Fact]
    public async Task A_row_carries_the_triage_metadata_tip_count_and_earliest_feedback_deadline_still_open()
    {
        var created = await world.OpenTriagedCaseAsync(tips: 3);
        var tipIds = world.Tips.Keys.ToList();
        await world.Host.WithDatabaseAsync(async db =>
        {
            var tips = await db.Tips.Where(t => tipIds.Contains(t.Id)).ToListAsync();
            tips[0].Acknowledge(new DateOnly(2026, 3, 2));
            tips[1].Acknowledge(new DateOnly(2026, 3, 3));
            tips[2].Acknowledge(new DateOnly(2026, 3, 1));
            tips[2].RecordFeedback(new DateOnly(2026, 3, 10));
            return await db.SaveChangesAsync();
        });

        var row = Assert.Single((await world.As(world.Investigator, m => m.Send(new ListCases()))).Rows);

        Assert.Equal(
            (created.Reference, CaseStatus.Triaged, "Testudo graeca", (CitesAppendix?)CitesAppendix.II, "Marketbook", Urgency.High, new DateOnly(2026, 3, 14), 3),
            (row.Reference, row.Status, row.Taxon, row.Appendix, row.Platform, row.Urgency, row.OpenedOn, row.TipCount));
        Assert.Equal(["FR", "GA"], row.Countries);
        Assert.Equal(new DateOnly(2026, 6, 2), row.EarliestFeedbackBy);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_each_can_exclude()
    {
        var high = await world.OpenTriagedCaseAsync();
        var other = await world.OpenCaseAsync();
        await world.As(world.Investigator, m => m.Send(new TriageCase(other.Id, "Python regius", CitesAppendix.III, null, ["GA", "CM"], null, Urgency.Normal)));
        var untouched = await world.OpenCaseAsync();
        await world.As(world.Investigator, m => m.Send(new Application.Cases.AssignCase.AssignCase(untouched.Id, world.Investigator.UserId)));

        async Task<IReadOnlyList<Guid>> ListAsync(ListCases query) =>
            (await world.As(world.Investigator, m => m.Send(query))).Rows.Select(r => r.Id).ToList();

        Assert.Equal([untouched.Id], await ListAsync(new ListCases(Status: CaseStatus.New)));
        Assert.Equal([high.Id], await ListAsync(new ListCases(Urgency: Urgency.High)));
        Assert.Equal([other.Id], await ListAsync(new ListCases(Appendix: CitesAppendix.III)));
        Assert.Equal(new[] { high.Id, other.Id }.Order(), (await ListAsync(new ListCases(Country: "ga"))).Order());
        Assert.Equal([high.Id], await ListAsync(new ListCases(Country: "FR")));
        Assert.Empty(await ListAsync(new ListCases(Country: "BR")));
        Assert.Equal([untouched.Id], await ListAsync(new ListCases(AssignedToMe: true)));
        Assert.Equal([other.Id], await ListAsync(new ListCases(Reference: "tl-2026-00002")));
        Assert.Equal([other.Id], await ListAsync(new ListCases(Reference: "0002")));
        Assert.Empty(await ListAsync(new ListCases(Status: CaseStatus.Closed)));
    }

    [Fact]
    public async Task Pages_hold_fifty_cases_newest_first_in_a_stable_order()
    {
        var tips = new List<Guid>();
        for (var i = 0; i < 55; i++)
        {
            tips.Add(await world.SubmitTipAsync(world.NgoChannel));
        }

        // Opened on different days through the database, as cases accumulate over months.
        await world.Host.WithDatabaseAsync(async db =>
        {
            for (var i = 0; i < tips.Count; i++)
            {
                var @case = new Case(Guid.NewGuid(), world.Ngo, $"TL-2025-{i + 1:00000}", new DateOnly(2025, 1, 1).AddDays(i / 2));
                db.Cases.Add(@case);
                (await db.Tips.SingleAsync(t => t.Id == tips[i])).AttachToCase(@case.Id);
            }

            return await db.SaveChangesAsync();
        });

        var first = await world.As(world.Investigator, m => m.Send(new ListCases()));
        var second = await world.As(world.Investigator, m => m.Send(new ListCases(Page: 2)));
        var expected = await world.Host.WithDatabaseAsync(db => db.Cases.AsNoTracking().ToListAsync());

        Assert.Equal((55, 2, 50, 5), (first.Total, first.PageCount, first.Rows.Count, second.Rows.Count));
        Assert.Equal(
            expected.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id).Select(c => c.Id),
            first.Rows.Concat(second.Rows).Select(r => r.Id));
        Assert.All(first.Rows.Concat(second.Rows), r => Assert.Equal(1, r.TipCount));
    }

    [Fact]
    public async Task Bad_filters_are_refused()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Investigator, m => m.Send(new ListCases((CaseStatus)77, (Urgency)8, "FRA", (CitesAppendix)9, false, new string('T', 41), 0))));

        Assert.Equal(
            [
                ListCasesValidator.StatusUnknown, ListCasesValidator.UrgencyUnknown, ListCasesValidator.AppendixUnknown,
                ListCasesValidator.CountryInvalid, ListCasesValidator.ReferenceTooLong, ListCasesValidator.PageInvalid,
            ],
            refused.Problems.Select(p => p.MessageKey));
    }

    [Fact]
    public async Task Destroyed_tips_are_not_counted()
    {
        await world.OpenTriagedCaseAsync(tips: 2);
        await world.Host.WithDatabaseAsync(async db =>
        {
            (await db.Tips.FirstAsync()).MarkDestroyed();
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, Assert.Single((await world.As(world.Investigator, m => m.Send(new ListCases()))).Rows).TipCount);
        Assert.Equal(1, await world.Host.WithDatabaseAsync(db => db.Tips.CountAsync(t => t.Status == TipStatus.Destroyed)));
    }

    public async Task InitializeAsync() => world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();
}
