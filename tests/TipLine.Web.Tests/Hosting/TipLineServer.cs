using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TipLine.Web.Tests.Hosting;

/// <summary>
/// The real TipLine web host on Kestrel, bound to a random loopback port, on the embedded SQLite default in a fresh
/// data directory, with logs written to a file there so tests can search every byte the server wrote.
/// </summary>
public sealed class TipLineServer : WebApplicationFactory<Program>
{
    private readonly Action<IServiceCollection>? configureServices;
    private readonly IReadOnlyDictionary<string, string> settings;

    public TipLineServer()
        : this(configureServices: null, settings: null)
    {
    }

    private TipLineServer(Action<IServiceCollection>? configureServices, IReadOnlyDictionary<string, string>? settings)
    {
        this.configureServices = configureServices;
        this.settings = settings ?? new Dictionary<string, string>();
        DataDirectory = Directory.CreateTempSubdirectory("tipline-web-").FullName;
        LogFile = Path.Combine(DataDirectory, "logs", "tipline.log");
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public const int ProofOfWorkDifficulty = 8;

    public string DataDirectory { get; }

    /// <summary>A server with extra test services (e.g. a startup filter that appends a probe to the pipeline).</summary>
    public static TipLineServer WithServices(Action<IServiceCollection> configureServices) => new(configureServices, settings: null);

    /// <summary>A server with configuration values of its own (e.g. a tiny no-JavaScript login budget), applied after the defaults here.</summary>
    public static TipLineServer WithSettings(IReadOnlyDictionary<string, string> settings) => new(configureServices: null, settings);

    /// <summary>A server with both its own configuration values and extra test services (e.g. telemetry on, exported in process).</summary>
    public static TipLineServer WithSettingsAndServices(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> configureServices) =>
        new(configureServices, settings);

    public string LogFile { get; }

    /// <summary>The http://127.0.0.1:port address Kestrel is listening on.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    public HttpClient CreateRealClient()
    {
        // A plain client, not the factory's: cookies and redirects are visible to the test exactly as a browser gets them.
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:TipLine", $"Data Source={Path.Combine(DataDirectory, "tipline.db")}");
        builder.UseSetting("Storage:BlobDirectory", Path.Combine(DataDirectory, "blobs"));
        builder.UseSetting("TipLine:KeyDirectory", Path.Combine(DataDirectory, "keys"));
        // Never a species.tsv a developer imported into src/TipLine.Web/data.
        builder.UseSetting("TipLine:DataDirectory", DataDirectory);
        builder.UseSetting("TipLine:OnionLocation", "http://tiplinexample.onion");
        // Verbose everywhere the code allows, so the privacy tests search the most the server could ever log.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
        builder.UseSetting("TipLine:LogFile", LogFile);
        // Cheap receipts and proofs of work: the tests exercise the protocol, not the cost (bench/ measures that).
        builder.UseSetting("TipLine:Receipts:MemoryKiB", "1024");
        builder.UseSetting("TipLine:Receipts:Iterations", "1");
        builder.UseSetting("TipLine:ProofOfWork:Difficulty", ProofOfWorkDifficulty.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finalising process; the OS temp cleaner will take it.
            }
        }
    }
}
