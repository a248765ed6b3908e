using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Intake;

namespace TipLine.Web.Tests.Privacy;

/// <summary>
/// A log line written while serving a whistleblower would otherwise carry the exact time they acted. The log keeps
/// the day only; this submits a tip (no JavaScript) with the most verbose logging and reads every line written.
/// </summary>
public sealed partial class LogTimePrecisionTests(SeededServer seeded) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Log_lines_written_around_a_submission_carry_the_day_but_no_time_of_day()
    {
        using var client = seeded.Server.CreateRealClient();
        using (await client.GetAsync("/"))
        {
            // Start-up lines (key ring creation dates and the like) are written by now; only what follows is the submission's.
        }

        await Task.Delay(500);
        var before = (await ReadLogAsync(untilContains: null)).Length;
        using var response = await client.PostAsync("/report/wildlife?lang=en", NoScriptIntakeTests.Form(("description", "a tip " + Guid.NewGuid())));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var log = (await ReadLogAsync(untilContains: "OnPostAsync"))[before..];
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Executing handler method TipLine.Web.Pages.Report.IndexModel.OnPostAsync", log, StringComparison.Ordinal);
        Assert.Contains(today, log, StringComparison.Ordinal);
        var times = TimeOfDay().Matches(log).Select(m => m.Value).Distinct().ToList();
        Assert.True(times.Count == 0, "times of day in the log: " + string.Join(" | ", log.Split('\n').Where(l => TimeOfDay().IsMatch(l)).Take(3)));
    }

    private async Task<string> ReadLogAsync(string? untilContains)
    {
        // Serilog's file sink flushes asynchronously; the submission's own lines arrive within moments.
        for (var attempt = 0; ; attempt++)
        {
            await using var stream = new FileStream(seeded.Server.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            if (untilContains is null || text.Contains(untilContains, StringComparison.Ordinal) || attempt == 50)
            {
                return text;
            }

            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"\b([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?\b")]
    private static partial Regex TimeOfDay();
}
