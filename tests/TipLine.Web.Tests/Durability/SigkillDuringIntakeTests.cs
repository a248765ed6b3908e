using System.Collections.Concurrent;
using System.Diagnostics;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Intake;
using Xunit.Abstractions;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// Design property 3: a receipt is shown only after the tip is durably committed, and a crash at any point loses no
/// acknowledged tip and leaves no half tip. The real server runs as a child process and is SIGKILLed again and
/// again while whistleblowers (with and without JavaScript) send tips, some with several MiB of files; afterwards
/// one more start (with its orphan sweep) must give back every tip whose receipt was shown, and storage must hold
/// only whole tips and no stray file.
/// </summary>
[Collection(CrashTestCollection.Name)]
public sealed class SigkillDuringIntakeTests(ITestOutputHelper output)
{
    private const int Crashes = 15;

    // Should no kill among the first ones land during an upload, or no multi-MiB tip of a kind get its receipt, the run
    // goes on, up to this many kills, until it has exercised what it claims to.
    private const int MaximumCrashes = 40;
    private const int NoScriptSenders = 2;
    private const int ApiSenders = 2;
    private const int MinimumKillDelayMilliseconds = 50;
    private const int MaximumKillDelayMilliseconds = 1500;

    [Fact]
    public async Task Every_tip_acknowledged_before_a_SIGKILL_survives_it_and_no_half_tip_or_stray_file_remains()
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"random seed {seed}");
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        using var installation = new ServerInstallation();
        using var channel = await SeedChannelAsync(installation);

        var acknowledged = new ConcurrentQueue<AcknowledgedTip>();
        var failures = new ConcurrentQueue<string>();
        var temporaryFilesLeftByKills = 0;
        var unreferencedBlobsLeftByKills = 0;
        ApiClientIntakePage? firstPage = null;
        for (var crash = 1; crash <= Crashes || (!ProvedEnough() && crash <= MaximumCrashes); crash++)
        {
            using var server = await ServerProcess.StartAsync(installation);
            using var client = CreateClient(server.Address);

            // What the browser reads from the form page; a crash must not change the salt, or no receipt would work again.
            var page = await new ApiClient(client, "en").ReadIntakePageAsync(channel.Slug);
            firstPage ??= page;
            if (!page.Salt.AsSpan().SequenceEqual(firstPage.Salt) || !page.Recipients.SequenceEqual(firstPage.Recipients))
            {
                failures.Enqueue($"after kill {crash - 1} the intake page offers a different deployment salt or recipients");
            }

            var api = new ApiSubmitter(client, page);

            // A fresh process compiles its whole intake path on the first tip, which on a busy machine outlasts the kill
            // window. One quick tip of each kind first (receipts shown, so they count) means kills land on warm code,
            // where many short requests are in flight; the crash semantics do not depend on what has been compiled.
            foreach (var warmUp in await Task.WhenAll(
                NoScriptSubmitter.SubmitAsync(client, channel.Slug, PlantedTip.CreateSmall(random)),
                api.SubmitAsync(PlantedTip.CreateSmall(random))))
            {
                acknowledged.Enqueue(warmUp);
            }

            using var killed = new CancellationTokenSource();
            var senders = Enumerable.Range(0, NoScriptSenders)
                .Select(_ => SendUntilKilled(tip => NoScriptSubmitter.SubmitAsync(client, channel.Slug, tip), NoScriptSubmitter.Path))
                .Concat(Enumerable.Range(0, ApiSenders).Select(_ => SendUntilKilled(api.SubmitAsync, ApiSubmitter.Path)))
                .ToList();

            var killDelay = random.Next(MinimumKillDelayMilliseconds, MaximumKillDelayMilliseconds + 1);
            await Task.Delay(killDelay);
            await killed.CancelAsync();
            server.Kill();
            await Task.WhenAll(senders);

            var temporaryFiles = TemporaryFiles(installation.BlobDirectory);
            temporaryFilesLeftByKills += temporaryFiles;

            // Evidence of where kills landed; the narrow window between a blob's rename and the commit is hit only sometimes.
            var unreferencedBlobs = await StorageAudit.CountUnreferencedBlobsAsync(installation);
            unreferencedBlobsLeftByKills += unreferencedBlobs;
            output.WriteLine($"kill {crash} at {clock.Elapsed.TotalSeconds:F1} s (server up after {server.StartDuration.TotalSeconds:F1} s, "
                + $"killed {killDelay} ms later): {acknowledged.Count} receipts shown so far, "
                + $"{temporaryFiles} temporary upload files and {unreferencedBlobs} committed blobs without a row left");

            Task SendUntilKilled(Func<PlantedTip, Task<AcknowledgedTip>> submit, string path)
            {
                var senderRandom = new Random(random.Next());
                return Task.Run(async () =>
                {
                    while (!killed.IsCancellationRequested)
                    {
                        try
                        {
                            acknowledged.Enqueue(await submit(PlantedTip.Create(senderRandom)));
                        }
                        catch (Exception error) when (killed.IsCancellationRequested && error is HttpRequestException or IOException or TaskCanceledException)
                        {
                            // The kill cut this request off: its receipt was never shown, so nothing was promised.
                            return;
                        }
                        catch (Exception error)
                        {
                            failures.Enqueue($"{path} before the kill: {error.GetType().Name}: {error.Message}");
                            return;
                        }
                    }
                });
            }
        }

        // One more start: its start-up sweep runs before it answers. Every shown receipt must work on it.
        var followUpProblems = new List<string>();
        using (var server = await ServerProcess.StartAsync(installation))
        {
            using var client = CreateClient(server.Address);
            foreach (var tip in acknowledged)
            {
                followUpProblems.AddRange(await ReceiptReturn.ProblemsAsync(client, tip));
            }

            await server.StopAsync();
        }

        var report = await StorageAudit.RunAsync(installation, channel.InvestigatorKey);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: {acknowledged.Count} receipts shown "
            + $"({acknowledged.Count(t => t.SentThrough == NoScriptSubmitter.Path)} without JavaScript), {report.TipCount} tips stored, "
            + $"kills left {temporaryFilesLeftByKills} temporary files and {unreferencedBlobsLeftByKills} committed blobs without a row in total");

        Assert.True(failures.IsEmpty, "requests failed while the server was up:\n" + string.Join('\n', failures));
        Assert.True(followUpProblems.Count == 0, "acknowledged tips lost or damaged:\n" + string.Join('\n', followUpProblems));
        Assert.True(report.Problems.Count == 0, "half tips or stray files in storage:\n" + string.Join('\n', report.Problems));
        Assert.Equal(report.TipCount, report.WholeTipCount);
        Assert.True(report.TipCount >= acknowledged.Count, $"{acknowledged.Count} receipts shown but only {report.TipCount} tips stored");
        Assert.True(ProvedEnough(), $"after {MaximumCrashes} kills the run still lacks an acknowledged tip with a multi-MiB file "
            + "of each kind, or no kill ever landed during an upload: it proved too little");

        bool ProvedEnough() =>
            temporaryFilesLeftByKills > 0
            && acknowledged.Any(t => t.SentThrough == NoScriptSubmitter.Path && t.LargestFileBytes >= PlantedTip.LargeFileBytes)
            && acknowledged.Any(t => t.SentThrough == ApiSubmitter.Path && t.LargestFileBytes >= PlantedTip.LargeFileBytes);
    }

    /// <summary>Lets the server create its schema and keys, stops it cleanly, then writes the channel (as tipline init would).</summary>
    private static async Task<IntakeSeed> SeedChannelAsync(ServerInstallation installation)
    {
        using (var first = await ServerProcess.StartAsync(installation))
        {
            await first.StopAsync();
        }

        await using var services = installation.CreateStorageServices();
        return await IntakeSeed.CreateAsync(services, maximumFileBytes: 8L * 1024 * 1024, maximumFiles: 3);
    }

    private static HttpClient CreateClient(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private static int TemporaryFiles(string blobDirectory) =>
        Directory.Exists(blobDirectory) ? Directory.EnumerateFiles(blobDirectory, ".*.tmp", SearchOption.AllDirectories).Count() : 0;
}
