using System.Net;
using System.Text.Json;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Oversight;

[Collection(TipLineServerCollection.Name)]
public sealed class StatisticsPageTests(TipLineServer server)
{
    private static readonly int Year = OversightSeed.Today.Year;

    /// <summary>Twelve, nine and two cases on three platforms, all opened in January this year.</summary>
    private async Task<OversightSeed> SeedAsync()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        for (var i = 0; i < 12; i++)
        {
            await seed.CaseAsync(new DateOnly(Year, 1, 10), c => c.Triage("Testudinidae", CitesAppendix.II, "Facebook", "KE", "post", Urgency.Normal));
        }

        for (var i = 0; i < 9; i++)
        {
            await seed.CaseAsync(new DateOnly(Year, 1, 11), c => c.Triage("Testudinidae", CitesAppendix.II, "Instagram", "KE", "post", Urgency.Normal));
        }

        for (var i = 0; i < 2; i++)
        {
            await seed.CaseAsync(new DateOnly(Year, 1, 12), c => c.Triage("Testudinidae", CitesAppendix.II, "<b>Telegram</b>", "KE", "post", Urgency.Normal));
        }

        return seed;
    }

    [Fact]
    public async Task TheStatisticsPageDrawsAnSvgChartAndShowsSmallCellsAsFewerThanFive()
    {
        var seed = await SeedAsync();
        var (client, _) = await seed.SignInAsync(server, StaffRoles.IntakeInvestigator);
        using (client)
        {
            var page = await client.GetPageAsync("/office/statistics");

            Assert.Contains("<svg class=\"bar-chart\" role=\"img\"", page, StringComparison.Ordinal);
            Assert.Contains("<title>Facebook, " + Year + ": 12</title>", page, StringComparison.Ordinal);
            Assert.Contains("&lt;5", page, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;Telegram&lt;/b&gt;", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Telegram</b>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"/office/statistics/export.csv?from={Year}-01-01&amp;to={Year}-12-31&amp;grouping=Year", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCsvAndJsonExportsCarryTheSameSuppressedCounts()
    {
        var seed = await SeedAsync();
        var (client, _) = await seed.SignInAsync(server, StaffRoles.Auditor);
        using (client)
        {
            using var csvResponse = await client.GetAsync($"/office/statistics/export.csv?from={Year}-01-01&to={Year}-12-31&grouping=Year");
            using var jsonResponse = await client.GetAsync($"/office/statistics/export.json?from={Year}-01-01&to={Year}-12-31&grouping=Year");

            Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
            Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", csvResponse.Content.Headers.ContentDisposition?.DispositionType);
            var csv = await csvResponse.Content.ReadAsStringAsync();
            var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("dimension,key,period,count", rows[0]);
            Assert.Contains($"platform,Facebook,{Year},12", rows);
            Assert.Contains($"platform,<b>Telegram</b>,{Year},<5", rows);
            // The published total would give Telegram's count away with Instagram's: Instagram is withheld too.
            Assert.Contains($"platform,Instagram,{Year},5+", rows);
            Assert.Contains($"country,KE,{Year},23", rows);

            var cells = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("cells").EnumerateArray()
                .Select(c => string.Join(',', c.GetProperty("dimension").GetString(), c.GetProperty("key").GetString(), c.GetProperty("period").GetString(),
                    c.GetProperty("count").ValueKind == JsonValueKind.Number ? c.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : c.GetProperty("suppressed").GetString()))
                .ToList();
            Assert.Equal(rows.Skip(1), cells);
        }
    }

    [Fact]
    public async Task TheStatisticsPageSpeaksFrenchAndRefusesAReversedPeriodInIt()
    {
        var seed = await SeedAsync();
        var (client, _) = await seed.SignInAsync(server, StaffRoles.Administrator);
        using (client)
        {
            using var response = await client.GetAsync($"/office/statistics?lang=fr&from={Year}-03-01&to={Year}-02-01");
            var page = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("<h1>Statistiques</h1>", page, StringComparison.Ordinal);
            Assert.Contains("La fin de la période précède son début.", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AProsecutorIsRefusedTheStatistics()
    {
        var seed = await SeedAsync();
        var (client, _) = await seed.SignInAsync(server, StaffRoles.Prosecutor);
        using (client)
        {
            using var page = await client.GetAsync("/office/statistics");
            using var export = await client.GetAsync("/office/statistics/export.csv");

            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        }
    }
}
