using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Intake.Plaintext;
using TipLine.Domain.Messaging;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Intake;

namespace TipLine.Web.Tests.Privacy;

/// <summary>
/// Design properties 1 and 2 over whole journeys: a tip, a receipt login and an answer, once without JavaScript and
/// once through the browser API, with unique identifying headers planted on every request. Afterwards no file the
/// server wrote (database and its WAL, blobs, keys, log) holds a planted header, a plaintext marker of the tip, the
/// receipt or the secrets derived from it; and nothing about the whistleblower is kept finer than the day.
/// </summary>
public sealed partial class IntakeMetadataTests
{
    private static readonly Type[] TimeOfDayTypes = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeOnly), typeof(TimeSpan)];

    private static readonly string[] WhistleblowerTables = ["Tips", "Messages", "Attachments", "TipKeyWraps", "ReceiptIndex"];

    [Fact]
    public async Task Planted_headers_and_plaintext_of_both_journeys_appear_in_no_file_and_no_time_of_day_is_kept()
    {
        using var server = new TipLineServer();
        _ = server.Address;
        using var seed = await IntakeSeed.CreateAsync(server.Services, maximumFileBytes: 32L * 1024 * 1024, maximumFiles: 3);
        var planted = PlantedHeaders.Create();
        using var http = new HttpClient(new PlantingHandler(planted.Values) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } })
        {
            BaseAddress = server.Address,
        };
        var auditEntriesBefore = await CountAuditEntriesAsync(server);
        var secrets = new List<string>();
        var binarySecrets = new List<byte[]>();

        var noScript = await RunWithoutJavaScriptAsync(http, seed, server);
        secrets.AddRange(noScript.Markers);
        secrets.Add(noScript.Receipt);
        secrets.Add(noScript.Receipt.Replace(" ", string.Empty, StringComparison.Ordinal));

        var api = await RunThroughTheApiAsync(http, seed, server);
        secrets.AddRange(api.Markers);
        secrets.AddRange(api.Secrets);
        binarySecrets.AddRange(api.BinarySecrets);

        Assert.Equal(auditEntriesBefore, await CountAuditEntriesAsync(server));
        Assert.True(await WrittenFiles.LogEventuallyContainsAsync(server, "Applied migration"), "the server's log file must be the live log");
        var files = Directory.EnumerateFiles(server.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, file => file.EndsWith("tipline.log", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("tipline.db", StringComparison.Ordinal));
        Assert.True(files.Count(file => file.Contains($"{Path.DirectorySeparatorChar}blobs{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) >= 4,
            "both journeys' files must be among the searched files");
        foreach (var file in files)
        {
            var bytes = await WrittenFiles.ReadSharedAsync(file);
            foreach (var needle in planted.Needles.Concat(secrets))
            {
                Assert.False(WrittenFiles.Contains(bytes, needle), $"{Path.GetRelativePath(server.DataDirectory, file)} contains {needle}");
            }

            foreach (var secret in binarySecrets)
            {
                Assert.False(bytes.AsSpan().IndexOf(secret) >= 0, $"{Path.GetRelativePath(server.DataDirectory, file)} contains a derived secret's bytes");
            }
        }

        await AssertNothingFinerThanTheDayAsync(server);
    }

    internal static async Task<Journey> RunWithoutJavaScriptAsync(HttpClient http, IntakeSeed seed, TipLineServer server)
    {
        var description = "nojs-description-" + Guid.NewGuid().ToString("N");
        var fileMarker = "nojs-file-" + Guid.NewGuid().ToString("N");
        var answer = "nojs-answer-" + Guid.NewGuid().ToString("N");
        var answerFileMarker = "nojs-answer-file-" + Guid.NewGuid().ToString("N");

        using (var form = await http.GetAsync("/report/wildlife?lang=fr"))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }

        using var submitted = await http.PostAsync("/report/wildlife?lang=fr", NoScriptIntakeTests.Form(("description", description), ("contact", "nojs-contact"))
            .WithFile("files", "label.jpg", "image/jpeg", FileWithMarker(fileMarker)));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var receipt = ReceiptPattern().Match(await submitted.Content.ReadAsStringAsync());
        Assert.True(receipt.Success, "the receipt page must show the receipt");

        using var login = await http.PostAsync("/followup/login?lang=fr", NoScriptIntakeTests.Form(("receipt", receipt.Value)));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var session = Assert.Single(login.Headers.GetValues("Set-Cookie")).Split(';')[0];

        using (var reply = await SendAsync(http, HttpMethod.Post, "/followup/reply?lang=fr", session,
            NoScriptIntakeTests.Form(("body", answer)).WithFile("files", "second.jpg", "image/jpeg", FileWithMarker(answerFileMarker))))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        }

        using var page = await SendAsync(http, HttpMethod.Get, "/followup?lang=fr", session, null);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(answer, html, StringComparison.Ordinal);
        var downloads = DownloadLink().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(2, downloads.Count);
        foreach (var id in downloads)
        {
            using var download = await SendAsync(http, HttpMethod.Get, $"/followup/files/{id}?lang=fr", session, null);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        using (var logout = await SendAsync(http, HttpMethod.Post, "/followup/logout?lang=fr", session, null))
        {
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        }

        var opened = await TipInspection.OpenByMarkerAsync(server.Services, seed.InvestigatorKey, description);
        Assert.Equal(answer, opened.Messages[^1].Body.Body);
        return new Journey([description, fileMarker, answer, answerFileMarker, "nojs-contact"], [], [], receipt.Value);
    }

    internal static async Task<Journey> RunThroughTheApiAsync(HttpClient http, IntakeSeed seed, TipLineServer server)
    {
        var description = "api-description-" + Guid.NewGuid().ToString("N");
        var fileMarker = "api-file-" + Guid.NewGuid().ToString("N");
        var answer = "api-answer-" + Guid.NewGuid().ToString("N");
        var answerFileMarker = "api-answer-file-" + Guid.NewGuid().ToString("N");
        var client = new ApiClient(http, "fr");

        var file = FileWithMarker(fileMarker);
        using var tip = await client.SubmitTipAsync(
            "wildlife",
            new TipAnswers { Language = "fr", Description = description, Contact = "api-contact", Files = [new("label.jpg", "image/jpeg", file.Length)] },
            [file]);
        using var login = await client.LoginAsync(await client.SolveAsync("login"), tip.Receipt.LookupSecretHex);
        await ApiClient.ExpectAsync(login, HttpStatusCode.NoContent);
        var page = await client.ReadFollowUpPageAsync();
        Assert.Equal("browser", page.Mode);

        var answerFile = FileWithMarker(answerFileMarker);
        var answerFileId = await client.UploadReplyFileAsync(ApiClientSealing.EncryptFile(answerFile, page.TipRecipient));
        var body = new MessageBody(answer, [new("second.jpg", "image/jpeg", answerFile.Length)]);
        using (var reply = await client.SendReplyAsync(ApiClientSealing.SealDocument(body.ToUtf8Json(), page.TipRecipient), [answerFileId]))
        {
            await ApiClient.ExpectAsync(reply, HttpStatusCode.Created);
        }

        foreach (var attachment in (await client.ReadFollowUpPageAsync()).Attachments)
        {
            using var download = await client.DownloadAsync(attachment);
            await ApiClient.ExpectAsync(download, HttpStatusCode.OK);
        }

        var opened = await TipInspection.OpenByMarkerAsync(server.Services, seed.InvestigatorKey, description);
        Assert.Equal(answer, opened.Messages[^1].Body.Body);
        return new Journey(
            [description, fileMarker, answer, answerFileMarker, "api-contact"],
            [tip.Receipt.LookupSecretHex, tip.TipIdentity.ToSecretString(), tip.Receipt.Identity.ToSecretString(), tip.Receipt.Receipt.Digits],
            [tip.Receipt.LookupSecret],
            tip.Receipt.Receipt.ToDisplayString());
    }

    /// <summary>No time-of-day type in the model, none in the schema, no "hh:mm" in any stored value, blob files dated to the day.</summary>
    private static async Task AssertNothingFinerThanTheDayAsync(TipLineServer server)
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var model = scope.ServiceProvider.GetRequiredService<TipLineDbContext>().Model;
            foreach (var entity in new[] { typeof(Tip), typeof(Message), typeof(Attachment), typeof(TipKeyWrap), typeof(ReceiptIndexEntry) })
            {
                foreach (var property in model.FindEntityType(entity)!.GetProperties())
                {
                    var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                    Assert.DoesNotContain(type, TimeOfDayTypes);
                }
            }
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "tipline.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var datesSeen = 0;
        foreach (var table in WhistleblowerTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            for (var column = 0; column < reader.FieldCount; column++)
            {
                var declared = reader.GetDataTypeName(column);
                Assert.False(
                    declared.Contains("TIME", StringComparison.OrdinalIgnoreCase),
                    $"{table}.{reader.GetName(column)} is declared {declared}");
            }

            while (await reader.ReadAsync())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    if (reader.IsDBNull(column) || reader.GetFieldType(column) != typeof(string))
                    {
                        continue;
                    }

                    var value = reader.GetString(column);
                    Assert.False(TimeOfDay().IsMatch(value), $"{table}.{reader.GetName(column)} holds a time of day: {value}");
                    if (DatePattern().IsMatch(value))
                    {
                        Assert.Equal(today, value);
                        datesSeen++;
                    }
                }
            }
        }

        Assert.True(datesSeen >= 4, "the day of receipt, of each message and of each attachment must be stored, as a day");
        foreach (var blob in Directory.EnumerateFiles(Path.Combine(server.DataDirectory, "blobs"), "*", SearchOption.AllDirectories))
        {
            Assert.Equal(TimeSpan.Zero, File.GetLastWriteTimeUtc(blob).TimeOfDay);
        }
    }

    private static async Task<int> CountAuditEntriesAsync(TipLineServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TipLineDbContext>().AuditEntries.CountAsync();
    }

    /// <summary>Random bytes with a readable marker in the middle, so a plaintext copy anywhere would be found.</summary>
    private static byte[] FileWithMarker(string marker)
    {
        var bytes = new byte[40_000];
        Random.Shared.NextBytes(bytes);
        Encoding.UTF8.GetBytes(marker).CopyTo(bytes, 20_000);
        return bytes;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string session, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", session);
        return await client.SendAsync(request);
    }

    [GeneratedRegex(@"\b\d{4}( \d{4}){6}\b")]
    private static partial Regex ReceiptPattern();

    [GeneratedRegex(@"/followup/files/(?<id>[0-9a-f-]{36})\?lang=")]
    private static partial Regex DownloadLink();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(:\d{2})?\b")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    internal sealed record Journey(IReadOnlyList<string> Markers, IReadOnlyList<string> Secrets, IReadOnlyList<byte[]> BinarySecrets, string Receipt);

    /// <summary>Unique values for every header that could identify a person, and the substrings worth searching for on their own.</summary>
    internal sealed record PlantedHeaders(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Needles)
    {
        public static PlantedHeaders Create()
        {
            var id = Guid.NewGuid().ToString("N");
            var octet = Random.Shared.Next(1, 254).ToString(CultureInfo.InvariantCulture);
            var forwardedFor = $"198.51.100.{octet}";
            var realIp = $"192.0.2.{octet}";
            var forwardedV6 = $"2001:db8::{id[..4]}";
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["User-Agent"] = $"PlantedAgent/{id[..12]} (X11; Linux x86_64)",
                ["Accept-Language"] = $"x-{id[12..20]}",
                ["Referer"] = $"https://referrer-{id[20..28]}.example/listing",
                ["X-Forwarded-For"] = $"{forwardedFor}, 203.0.113.{octet}",
                ["Forwarded"] = $"for=\"[{forwardedV6}]\";proto=https;by=proxy-{id[28..]}",
                ["X-Real-IP"] = realIp,
            };
            return new PlantedHeaders(
                values,
                [.. values.Values, id[..12], $"x-{id[12..20]}", $"referrer-{id[20..28]}", forwardedFor, $"203.0.113.{octet}", forwardedV6, $"proxy-{id[28..]}", realIp]);
        }
    }

    /// <summary>Puts the planted headers on every request this client sends, whichever journey sends it.</summary>
    internal sealed class PlantingHandler(IReadOnlyDictionary<string, string> headers) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.Remove(name);
                Assert.True(request.Headers.TryAddWithoutValidation(name, value), $"could not plant {name}");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
