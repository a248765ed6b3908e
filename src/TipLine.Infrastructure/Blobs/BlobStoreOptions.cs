namespace TipLine.Infrastructure.Blobs;

/// <summary>Where ciphertext blobs live: <c>Storage:BlobDirectory</c>, default ./data/blobs.</summary>
public sealed record BlobStoreOptions(string RootDirectory)
{
    public const string DirectoryKey = "Storage:BlobDirectory";
    public const string DefaultDirectory = "./data/blobs";
}
