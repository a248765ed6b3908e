using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TipLine.Cli.Backups;

/// <summary>
/// manifest.json, the last entry of a backup: what it holds and the SHA-256 of every other entry, so a restore can
/// refuse a damaged or altered backup before it touches anything. Only the day is recorded, never a finer time.
/// </summary>
internal sealed record BackupManifest(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("day")] DateOnly Day,
    [property: JsonPropertyName("database")] string DatabaseEntry,
    [property: JsonPropertyName("entries")] IReadOnlyList<BackupManifestEntry> Entries)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";
    public const string SqliteEntry = "database/tipline.sqlite";
    public const string PostgresEntry = "database/tipline.pgdump";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    public static BackupManifest Parse(byte[] json)
    {
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(json, Options);
        }
        catch (JsonException error)
        {
            throw new BackupException("the backup's manifest.json is not valid JSON; the backup is damaged.", error);
        }

        if (manifest is null || manifest.Entries is null || manifest.DatabaseEntry is null || manifest.Provider is null)
        {
            throw new BackupException("the backup's manifest.json is incomplete; the backup is damaged.");
        }

        if (manifest.Format != CurrentFormat)
        {
            throw new BackupException($"the backup has format {manifest.Format}; this version of tipline restores format {CurrentFormat} only.");
        }

        return manifest;
    }
}

internal sealed record BackupManifestEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("length")] long Length,
    [property: JsonPropertyName("sha256")] string Sha256)
{
    /// <summary>Hashes a file on disk for the manifest.</summary>
    public static BackupManifestEntry OfFile(string name, string path)
    {
        using var stream = File.OpenRead(path);
        return new BackupManifestEntry(name, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
