using System.Security.Cryptography;
using System.Text;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// A report whose every typed field and whose attachment carry one unique marker, so that finding the marker (or the
/// file's random bytes) anywhere it should not be proves a leak, and finding it in the stored tip proves delivery.
/// The attachment is also written to a temporary file, which Chromium reads when the form is sent: handing
/// Playwright the bytes instead makes it copy them into the page through base64, which takes most of a minute for 20 MiB.
/// </summary>
internal sealed class PlantedReport : IDisposable
{
    private const int FilePrefixLength = 64;

    private readonly DirectoryInfo directory;

    private PlantedReport(string marker, byte[] file, DirectoryInfo directory)
    {
        Marker = marker;
        File = file;
        this.directory = directory;
    }

    /// <summary>20 MiB: large enough that the browser must stream and chunk it, small enough to keep the run short.</summary>
    public const int LargeFileBytes = 20 * 1024 * 1024;

    public string Marker { get; }

    public string PlatformName => "Bazaar " + Marker;

    public string ListingUrl => $"https://market.example/listing/{Marker}";

    public string SellerHandle => "@dealer_" + Marker;

    public string Species => "Testudo graeca " + Marker;

    public string Description => $"Live tortoises posted weekly in boxes. {Marker}";

    public string FileName => $"label-{Marker}.jpg";

    /// <summary>What Chromium infers from the ".jpg" extension, and so what the answers must record.</summary>
    public const string FileType = "image/jpeg";

    /// <summary>The attachment on disk, named <see cref="FileName"/>.</summary>
    public string FilePath => Path.Combine(directory.FullName, FileName);

    public byte[] File { get; }

    /// <summary>The file's first bytes: random, so they can only turn up somewhere if the plaintext file did.</summary>
    public ReadOnlyMemory<byte> FilePrefix => File.AsMemory(0, FilePrefixLength);

    public static PlantedReport Create(string language, int fileBytes)
    {
        var marker = $"planted-{language}-{Guid.NewGuid():N}";
        var file = new byte[fileBytes];
        RandomNumberGenerator.Fill(file);
        var markerBytes = Encoding.UTF8.GetBytes(marker);
        if (fileBytes >= FilePrefixLength + markerBytes.Length)
        {
            // In the middle, away from the prefix, so the two needles test different parts of the stream.
            markerBytes.CopyTo(file.AsSpan((fileBytes / 2) - (markerBytes.Length / 2)));
        }

        var report = new PlantedReport(marker, file, Directory.CreateTempSubdirectory("tipline-journey-"));
        System.IO.File.WriteAllBytes(report.FilePath, file);
        return report;
    }

    public void Dispose() => directory.Delete(recursive: true);
}
