using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TipLine.Testing.Processes;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// The built TipLine.Web.dll running as its own OS process on an installation, so a test can SIGKILL it the way the
/// OOM killer or a host failure stops a server: no finally block, no disposal, no flush runs.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>From process start until the first answer to GET /: migrations check, key files, orphan sweep, JIT.</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <summary>Everything the server wrote to standard output and error, for failure messages.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>Starts a server on a fresh loopback port and returns once it answers GET /.</summary>
    public static async Task<ServerProcess> StartAsync(ServerInstallation installation)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}");
        var serverAssembly = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,

            // The test output directory holds the server's appsettings.json, deps.json and runtimeconfig.json.
            WorkingDirectory = Path.GetDirectoryName(serverAssembly)!,
        };
        start.ArgumentList.Add(serverAssembly);
        foreach (var (key, value) in installation.StorageSettings.Concat(ServerSettings()))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = address.GetLeftPart(UriPartial.Authority);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // Workstation GC and no dynamic PGO: the server restarts many times on two shared cores, and start-up is the cost.
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, line) => server.Collect(line.Data);
        process.ErrorDataReceived += (_, line) => server.Collect(line.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start the TipLine server process.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAnsweringAsync();
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>SIGKILL (Process.Kill sends it on Linux): the process ends wherever it is.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM and a wait for the host's orderly shutdown, which must succeed.</summary>
    public async Task StopAsync()
    {
        var signal = ChildProcess.Run("kill", null, ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        if (signal.ExitCode != 0)
        {
            throw new InvalidOperationException("kill -TERM failed: " + signal.StandardError);
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The server exited with {process.ExitCode} on SIGTERM:\n{Output}");
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already reaped.
        }

        process.Dispose();
    }

    private static IEnumerable<KeyValuePair<string, string>> ServerSettings() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Cheap receipts and proofs of work: this test is about crashes, not cost.
        ["TipLine:Receipts:MemoryKiB"] = "1024",
        ["TipLine:Receipts:Iterations"] = "1",
        ["TipLine:ProofOfWork:Difficulty"] = "4",

        // The no-JS budgets are global per process; the test sends and logs in far faster than people do.
        ["TipLine:NoScript:SubmissionsPerMinute"] = "1000000",
        ["TipLine:NoScript:LoginsPerMinute"] = "1000000",

        // Several chunks per multi-MiB file, so kills also land between the chunks of an upload.
        ["TipLine:Uploads:ChunkBytes"] = (1024 * 1024).ToString(CultureInfo.InvariantCulture),
    };

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode} during start-up:\n{Output}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartDuration = deadline.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The server did not answer GET / within {StartTimeout}:\n{Output}");
    }
}
