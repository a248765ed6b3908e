using System.Text.Json;
using TipLine.Application.Errors;
using TipLine.Application.Statistics;
using TipLine.Application.Statistics.ComputeStatistics;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Oversight;

/// <summary>Statistics over one real database; run on SQLite and on PostgreSQL.</summary>
internal static class StatisticsScenarios
{
    private static readonly DateOnly January = new(2026, 1, 10);
    private static readonly DateOnly February = new(2026, 2, 5);
    private static readonly DateOnly March = new(2026, 3, 3);

    /// <summary>
    /// The NGO owns 12 Facebook cases (January), 2 Telegram cases closed as convicted (February), 7 untriaged cases
    /// (March) and sees 1 case another NGO routed to it (March); the other NGO also has 3 Telegram cases of its own.
    /// </summary>
    public static async Task<Statistician> SeedAsync(ApplicationHost host)
    {
        var world = new OversightWorld(host);
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var other = await world.OrganisationAsync("Other NGO");
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var otherChannel = await world.ChannelAsync(other, "other");
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var otherInvestigator = await world.StaffAsync(other, StaffRoles.IntakeInvestigator);
        for (var i = 0; i < 12; i++)
        {
            await world.CaseAsync(ngo, channel, January, c => c.Triage("Testudinidae", CitesAppendix.II, "Facebook", "KE,TZ", "post", Urgency.Normal));
        }

        for (var i = 0; i < 2; i++)
        {
            await world.CaseAsync(ngo, channel, February, c =>
            {
                c.Triage("Psittacus erithacus", CitesAppendix.I, "Telegram", "KE", "courier", Urgency.Normal);
                c.Close(CaseOutcome.Convicted, March);
            });
        }

        for (var i = 0; i < 7; i++)
        {
            await world.CaseAsync(ngo, channel, March);
        }

        await world.CaseAsync(ngo, channel, new DateOnly(2025, 12, 20));
        for (var i = 0; i < 3; i++)
        {
            await world.CaseAsync(other, otherChannel, February, c => c.Triage("Psittacus erithacus", CitesAppendix.I, "Telegram", "KE", "courier", Urgency.Normal));
        }

        var routed = await world.CaseAsync(other, otherChannel, March, c => c.Triage(null, null, "Routed", string.Empty, null, Urgency.Normal));
        await world.RouteAsync(routed, ngo, otherInvestigator);
        return new Statistician(host, investigator, otherInvestigator, await world.StaffAsync(ngo, StaffRoles.Prosecutor));
    }

    public static async Task YearlyCountsAreScopedAndSuppressedAsync(ApplicationHost host)
    {
        var people = await SeedAsync(host);

        var report = await host.SendAsync(people.Investigator, m => m.Send(new ComputeStatistics()));

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), StatisticsGrouping.Year), (report.From, report.To, report.Grouping));
        Assert.Equal(["2026"], report.Periods);
        Assert.Equal(StatisticsDimensions.Names, report.Dimensions.Select(d => d.Name));
        AssertCells(report, StatisticsDimensions.Platform, ("Facebook", "12"), ("Routed", "<5"), ("Telegram", "<5"), (StatisticsDimensions.NoValueKey, "7"));
        AssertCells(report, StatisticsDimensions.Status, ("New", "7"), ("Triaged", "5+"), ("Closed", "<5"));
        AssertCells(report, StatisticsDimensions.Outcome, ("Convicted", "<5"));
        // The other NGO's own cases are not counted: its 3 Telegram cases would make Telegram 5, its channel 4.
        AssertCells(report, StatisticsDimensions.Channel, ("other", "<5"), ("wildlife", "21"));
        AssertCells(report, StatisticsDimensions.Country, ("KE", "14"), ("TZ", "12"));

        // With the platform column at 12 + 7 + two small cells, the total would give their sum away: it is withheld too.
        AssertCells(report, StatisticsDimensions.Total, ("all", "5+"));
        AssertProtected(report);

        var theirs = await host.SendAsync(people.OtherInvestigator, m => m.Send(new ComputeStatistics()));
        AssertCells(theirs, StatisticsDimensions.Total, ("all", "<5"));
    }

    public static async Task MonthlyCountsCoverWholeMonthsAndNeverShowASmallCountAsync(ApplicationHost host)
    {
        var people = await SeedAsync(host);

        var report = await host.SendAsync(people.Investigator, m => m.Send(
            new ComputeStatistics(new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 2), StatisticsGrouping.Month)));

        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31)), (report.From, report.To));
        Assert.Equal(["2026-02", "2026-03"], report.Periods);
        Assert.DoesNotContain(report.Dimensions.SelectMany(d => d.Cells), c => c.Period == "2026-01");
        AssertCells(report, StatisticsDimensions.Total, ("all", "<5"), ("all", "5+"));
        AssertProtected(report);
    }

    public static async Task CsvAndJsonCarryTheSameSuppressedCellsAsync(ApplicationHost host)
    {
        var people = await SeedAsync(host);
        var report = await host.SendAsync(people.Investigator, m => m.Send(new ComputeStatistics(Grouping: StatisticsGrouping.Month)));

        var csv = StatisticsExport.ToCsv(report);
        var json = JsonDocument.Parse(StatisticsExport.ToJson(report));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dimension,key,period,count", lines[0]);
        var fromCsv = lines.Skip(1).Select(line => line.Split(',')).Select(f => (f[0], f[1], f[2], f[3])).ToList();
        var fromJson = json.RootElement.GetProperty("cells").EnumerateArray().Select(cell => (
            cell.GetProperty("dimension").GetString()!,
            cell.GetProperty("key").GetString()!,
            cell.GetProperty("period").GetString()!,
            cell.GetProperty("count").ValueKind == JsonValueKind.Number
                ? cell.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)
                : cell.GetProperty("suppressed").GetString()!)).ToList();
        Assert.Equal(fromCsv, fromJson);
        Assert.Equal(report.Dimensions.Sum(d => d.Cells.Count), fromCsv.Count);
        Assert.Contains(("platform", "Telegram", "2026-02", "<5"), fromCsv);
        Assert.Contains(("platform", "Facebook", "2026-01", "12"), fromCsv);
        Assert.DoesNotContain(fromCsv, row => row.Item4 is "1" or "2" or "3" or "4");
    }

    public static async Task OnlyInvestigatorsAdministratorsAndAuditorsMayComputeAndBadPeriodsAreRefusedAsync(ApplicationHost host)
    {
        var people = await SeedAsync(host);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(people.Prosecutor, m => m.Send(new ComputeStatistics())));
        var reversed = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(people.Investigator, m => m.Send(
            new ComputeStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1)))));
        var tooLong = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(people.Investigator, m => m.Send(
            new ComputeStatistics(new DateOnly(2010, 1, 1), new DateOnly(2026, 2, 1)))));
        Assert.Equal(ComputeStatisticsValidator.PeriodReversed, Assert.Single(reversed.Problems).MessageKey);
        Assert.Equal(ComputeStatisticsValidator.PeriodTooLong, Assert.Single(tooLong.Problems).MessageKey);
    }

    private static void AssertCells(StatisticsReport report, string dimension, params (string Key, string Display)[] expected)
    {
        var cells = report.Dimensions.Single(d => d.Name == dimension).Cells;
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.Display, StringComparer.Ordinal),
            cells.Select(c => (c.Key, c.Display)).OrderBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.Display, StringComparer.Ordinal));
    }

    /// <summary>No published count from 1 to 4, and no totalled column with exactly one withheld cell.</summary>
    private static void AssertProtected(StatisticsReport report)
    {
        var cells = report.Dimensions.SelectMany(d => d.Cells).ToList();
        Assert.All(cells, c => Assert.True(c.Count is null or >= SmallCells.Threshold, $"{c.Dimension}/{c.Key}/{c.Period} = {c.Count}"));
        Assert.All(cells, c => Assert.Equal(c.Count is null, c.Suppression != CellSuppression.None));
        string[] partitions = [StatisticsDimensions.Channel, StatisticsDimensions.Status, StatisticsDimensions.Platform, StatisticsDimensions.Taxon, StatisticsDimensions.CitesAppendix, StatisticsDimensions.ShipmentMethod];
        var totals = cells.Where(c => c.Dimension == StatisticsDimensions.Total).ToDictionary(c => c.Period);
        foreach (var column in cells.Where(c => partitions.Contains(c.Dimension)).GroupBy(c => (c.Dimension, c.Period)))
        {
            var withheld = column.Count(c => c.Count is null) + (totals[column.Key.Period].Count is null ? 1 : 0);
            Assert.True(withheld != 1, $"{column.Key.Dimension} in {column.Key.Period} has exactly one withheld cell with its total");
        }
    }

    public sealed record Statistician(ApplicationHost Host, TestActor Investigator, TestActor OtherInvestigator, TestActor Prosecutor);
}
