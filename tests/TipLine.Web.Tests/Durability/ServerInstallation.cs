using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// One TipLine installation on disk (SQLite database, blob directory, key directory) that outlives the server
/// processes started on it, as a deployment outlives its crashes. The test reads the same files afterwards.
/// </summary>
internal sealed class ServerInstallation : IDisposable
{
    public ServerInstallation()
    {
        DataDirectory = Directory.CreateTempSubdirectory("tipline-crash-").FullName;
    }

    public string DataDirectory { get; }

    public string BlobDirectory => Path.Combine(DataDirectory, "blobs");

    /// <summary>Where the data lives, as configuration keys: both the server processes and the test's own DbContext use them.</summary>
    public IReadOnlyDictionary<string, string> StorageSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DatabaseSettings.ProviderKey] = "Sqlite",
        ["ConnectionStrings:" + DatabaseSettings.ConnectionStringName] = $"Data Source={Path.Combine(DataDirectory, "tipline.db")}",
        [BlobStoreOptions.DirectoryKey] = BlobDirectory,
        ["TipLine:KeyDirectory"] = Path.Combine(DataDirectory, "keys"),
    };

    /// <summary>The database and blob store as the server configures them, for seeding and inspecting while no server runs.</summary>
    public ServiceProvider CreateStorageServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(StorageSettings!).Build();
        return new ServiceCollection()
            .AddTipLinePersistence(configuration)
            .AddTipLineBlobStore(configuration)
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the OS temp cleaner will take it.
        }
    }
}
