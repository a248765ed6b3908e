using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Office;
using TipLine.Web.Tests.Privacy;

namespace TipLine.Web.Tests.Operations;

/// <summary>
/// Telemetry on (to an OTLP endpoint nobody listens on, plus in-process exporters that record what a collector would
/// get), then a whistleblower's whole no-JavaScript and API journeys and a staff sign-in, with identifying headers
/// planted on every request. No exported span, metric point or log line holds a planted header, the tip text, the
/// receipt, the staff user name or a password; the public side leaves no span and no request metric at all.
/// </summary>
public sealed class TelemetryCarriesNoPersonalDataTests
{
    private static readonly string[] AllowedAttributes =
        ["http.request.method", "http.response.status_code", "http.route", "url.scheme", "network.protocol.version", "error.type"];

    private static readonly string[] PublicRouteFragments = ["report", "followup", "intake", "pow", "health"];

    [Fact]
    public async Task Spans_metrics_and_logs_hold_no_planted_value_and_only_the_back_office_is_traced()
    {
        var spans = new ExportedSpans();
        var metrics = new List<MetricSnapshot>();
        using var server = TipLineServer.WithSettingsAndServices(
            new Dictionary<string, string> { ["TipLine:Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9" },
            services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(spans)))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)));
        _ = server.Address;
        using var seed = await IntakeSeed.CreateAsync(server.Services, maximumFileBytes: 32L * 1024 * 1024, maximumFiles: 3);
        var planted = IntakeMetadataTests.PlantedHeaders.Create();
        using var http = new HttpClient(new IntakeMetadataTests.PlantingHandler(planted.Values) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } })
        {
            BaseAddress = server.Address,
        };
        var needles = new List<string>(planted.Needles);

        var noScript = await IntakeMetadataTests.RunWithoutJavaScriptAsync(http, seed, server);
        needles.AddRange(noScript.Markers);
        needles.Add(noScript.Receipt);
        needles.Add(noScript.Receipt.Replace(" ", string.Empty, StringComparison.Ordinal));
        var api = await IntakeMetadataTests.RunThroughTheApiAsync(http, seed, server);
        needles.AddRange(api.Markers);
        needles.AddRange(api.Secrets);
        needles.AddRange(await SignInAsStaffAsync(server, http));

        // Anything that logs a sensitive property, our code or a library, is redacted by name.
        var logged = "logged-" + Guid.NewGuid().ToString("N");
        needles.Add(logged);
        server.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TipLine.Tests").LogWarning(
            "Redaction probe {ClientAddress} {UserAgent} {Receipt} {Password} {TipText} {RequestPath}", logged, logged, logged, logged, logged, logged);

        // Spans reach the in-process exporter as each ends; metrics need a collection. The result is false because the
        // OTLP exporter beside it has nobody to talk to, so it is not asserted: the assertions below show what arrived.
        _ = server.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        Assert.True(await WrittenFiles.LogEventuallyContainsAsync(server, "Redaction probe [redacted] [redacted]"), "the probe line must reach the log, redacted");

        var exported = spans.Snapshot();
        Assert.Contains(exported, span => span.Route?.StartsWith("Office/Login", StringComparison.OrdinalIgnoreCase) == true);
        Assert.All(exported, span => Assert.All(span.AttributeKeys, key => Assert.Contains(key, AllowedAttributes)));
        Assert.All(exported, span => Assert.DoesNotContain(PublicRouteFragments, fragment => span.Text.Contains(fragment, StringComparison.OrdinalIgnoreCase)));

        var durations = metrics.Where(metric => metric.Name == "http.server.request.duration").ToList();
        Assert.NotEmpty(durations);
        Assert.All(metrics, metric => Assert.Equal("http.server.request.duration", metric.Name));
        var points = durations.SelectMany(metric => metric.MetricPoints).ToList();
        var pointTags = points.Select(point => Tags(point)).ToList();
        Assert.Contains(pointTags, tags => tags.Any(tag => tag.Key == "http.route" && tag.Value.StartsWith("Office/Login", StringComparison.OrdinalIgnoreCase)));
        Assert.All(pointTags, tags => Assert.All(tags, tag => Assert.Contains(tag.Key, AllowedAttributes)));
        Assert.All(pointTags, tags => Assert.DoesNotContain(PublicRouteFragments, fragment => tags.Any(tag => tag.Value.Contains(fragment, StringComparison.OrdinalIgnoreCase))));

        var logText = Encoding.UTF8.GetString(await WrittenFiles.ReadSharedAsync(server.LogFile));
        var exportedText = string.Join('\n', exported.Select(span => span.Text).Concat(pointTags.SelectMany(tags => tags.Select(tag => $"{tag.Key}={tag.Value}"))));
        foreach (var needle in needles)
        {
            Assert.DoesNotContain(needle, exportedText, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(needle, logText, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A staff member with a planted user name signs in (after a mistyped planted password, and a password typed as the user name); returns the planted values.</summary>
    private static async Task<IEnumerable<string>> SignInAsStaffAsync(TipLineServer server, HttpClient planting)
    {
        var id = Guid.NewGuid().ToString("N");
        var organisation = await StaffSeed.CreateOrganisationAsync(server.Services, "Telemetry unit " + id[..6], OrganisationType.IntakeUnit, "FR");
        var staff = await StaffSeed.CreateUserAsync(server.Services, organisation, "staff-" + id[..12], StaffRoles.IntakeInvestigator, "planted password " + id[12..24]);
        var wrongPassword = "mistyped password " + id[24..];
        using (var page = await planting.GetAsync(new Uri("/office/login", UriKind.Relative)))
        {
            Assert.True(page.IsSuccessStatusCode, "the back-office login page must answer");
        }

        using var office = new OfficeClient(server);
        using (var refused = await office.SubmitPasswordAsync(staff.UserName, wrongPassword))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        }

        // A password typed into the user name field must not be logged as a refused user name.
        var passwordAsUserName = "password-in-name-field-" + id[..8];
        using (var refused = await office.SubmitPasswordAsync(passwordAsUserName, wrongPassword))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        }

        await office.SignInFirstTimeAsync(staff.UserName, staff.Password);
        Assert.Contains("<html", await office.GetPageAsync("/office/inbox"), StringComparison.Ordinal);
        return [staff.UserName, staff.Password, wrongPassword, passwordAsUserName, office.TotpSecret!, .. office.RecoveryCodes];
    }

    private static List<KeyValuePair<string, string>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, string>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(new(tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return tags;
    }
}
