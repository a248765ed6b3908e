using System.Security.Cryptography;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// What one simulated whistleblower sends: a description unique to this tip (to recognise it on the follow-up page)
/// and zero to two files, about half of them several MiB so that kills often land in the middle of an upload.
/// </summary>
internal sealed class PlantedTip
{
    public const int LargeFileBytes = 1024 * 1024;

    private const int MaximumFiles = 2;

    private PlantedTip(string description, IReadOnlyList<PlantedFile> files)
    {
        Description = description;
        Files = files;
    }

    public string Description { get; }

    public IReadOnlyList<PlantedFile> Files { get; }

    public static PlantedTip Create(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Create(random, random.Next(0, MaximumFiles + 1), allowLarge: true);
    }

    /// <summary>A quick tip with one small file, to warm a fresh server's intake path.</summary>
    public static PlantedTip CreateSmall(Random random) => Create(random, fileCount: 1, allowLarge: false);

    private static PlantedTip Create(Random random, int fileCount, bool allowLarge)
    {
        ArgumentNullException.ThrowIfNull(random);
        var files = new List<PlantedFile>();
        for (var i = 0; i < fileCount; i++)
        {
            var large = allowLarge && random.Next(2) == 0;
            var content = new byte[large ? random.Next(LargeFileBytes, 5 * LargeFileBytes) : random.Next(1, 128 * 1024)];
            random.NextBytes(content);
            files.Add(large
                ? new PlantedFile($"video-{i}.mp4", "video/mp4", content)
                : new PlantedFile($"photo-{i}.jpg", "image/jpeg", content));
        }

        return new PlantedTip("crash-test-" + Guid.NewGuid().ToString("N"), files);
    }

    /// <summary>The tip as the whistleblower holds it once the receipt was shown; file contents shrink to their hashes.</summary>
    public AcknowledgedTip Acknowledge(string receipt, string sentThrough) =>
        new(
            receipt,
            Description,
            Files.Select(f => Convert.ToHexStringLower(SHA256.HashData(f.Content))).ToList(),
            Files.Select(f => (long)f.Content.Length).DefaultIfEmpty(0).Max(),
            sentThrough);
}
