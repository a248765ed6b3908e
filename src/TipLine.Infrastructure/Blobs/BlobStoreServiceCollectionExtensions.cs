using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TipLine.Application.Abstractions;

namespace TipLine.Infrastructure.Blobs;

public static class BlobStoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="FileSystemBlobStore"/> as <see cref="IBlobStore"/> under <c>Storage:BlobDirectory</c> (relative to the content root).</summary>
    public static IServiceCollection AddTipLineBlobStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[BlobStoreOptions.DirectoryKey];
        var directory = string.IsNullOrWhiteSpace(configured) ? BlobStoreOptions.DefaultDirectory : configured;
        var root = Path.GetFullPath(directory, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
        services.AddSingleton(new BlobStoreOptions(root));
        services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        return services;
    }
}
