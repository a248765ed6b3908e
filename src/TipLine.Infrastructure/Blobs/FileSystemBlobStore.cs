using TipLine.Application.Abstractions;

namespace TipLine.Infrastructure.Blobs;

/// <summary>
/// Ciphertext blobs on the local file system, sharded as root/ab/cd/abcd…; each blob is written under a temporary
/// name in its final directory and renamed into place only after fsync, so readers never see half a file.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private readonly string root;

    public FileSystemBlobStore(BlobStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        root = Path.GetFullPath(options.RootDirectory);
        Persistence.PrivateDirectory.Create(root);
    }

    public string RootDirectory => root;

    public Task<IPendingBlob> CreateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = BlobName.NewRandom();
        var finalPath = PathOf(name);
        var directory = Path.GetDirectoryName(finalPath)!;
        Persistence.PrivateDirectory.Create(Path.GetDirectoryName(directory)!);
        Persistence.PrivateDirectory.Create(directory);
        var temporaryPath = Path.Combine(directory, "." + name + ".tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(temporaryPath, options);
        BlobDirectoryTimes.KeepOnlyTheDay(directory);
        BlobDirectoryTimes.KeepOnlyTheDay(Path.GetDirectoryName(directory)!);
        return Task.FromResult<IPendingBlob>(new FileSystemPendingBlob(name, temporaryPath, finalPath, stream));
    }

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        BlobName.EnsureValid(blobName);
        cancellationToken.ThrowIfCancellationRequested();
        Stream stream = new FileStream(PathOf(blobName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string blobName, CancellationToken cancellationToken = default)
    {
        BlobName.EnsureValid(blobName);
        return Task.FromResult(File.Exists(PathOf(blobName)));
    }

    public Task DeleteAsync(string blobName, CancellationToken cancellationToken = default)
    {
        BlobName.EnsureValid(blobName);
        File.Delete(PathOf(blobName));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            if (BlobName.IsValid(name) && string.Equals(PathOf(name), path, StringComparison.Ordinal))
            {
                yield return name;
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<int> DeleteAbandonedTemporaryFilesAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        var cutoff = DateTime.UtcNow - minimumAge;
        foreach (var path in Directory.EnumerateFiles(root, ".*.tmp", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (minimumAge <= TimeSpan.Zero || File.GetLastWriteTimeUtc(path) <= cutoff)
            {
                File.Delete(path);
                deleted++;
            }
        }

        return Task.FromResult(deleted);
    }

    /// <summary>The file path of a (validated) blob name: two shard levels from its first four hex digits.</summary>
    public string PathOf(string blobName) => Path.Combine(root, blobName[..2], blobName[2..4], blobName);
}
