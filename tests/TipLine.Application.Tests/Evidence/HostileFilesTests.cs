using System.Diagnostics;
using TipLine.Application.Evidence;

namespace TipLine.Application.Tests.Evidence;

/// <summary>
/// Whatever bytes arrive, Inspect reports and Sanitise either succeeds or declines, without throwing, hanging or
/// writing a partial copy.
/// </summary>
public sealed class HostileFilesTests
{
    public static TheoryData<string> Samples => ["jpeg-le", "jpeg-be", "jpeg-xmp", "png", "pdf", "office"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryTruncationGivesAReportOrACleanRefusal(string sample)
    {
        var file = Sample(sample);
        var watch = Stopwatch.StartNew();

        for (var length = 0; length < file.Length; length++)
        {
            var prefix = file[..length];
            var report = FileMetadata.Inspect(prefix, null);
            var (result, copy) = Sanitising.Sanitise(prefix);

            AssertCleanOutcome(report, result, copy);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void RandomlyDamagedFilesGiveAReportOrACleanRefusal(string sample)
    {
        var original = Sample(sample);
        var random = new Random(4711);
        for (var round = 0; round < 400; round++)
        {
            var file = Damage(original, random);
            var output = new MemoryStream();
            var result = FileMetadata.Sanitise(file, null, output);

            AssertCleanOutcome(FileMetadata.Inspect(file, null), result, output.ToArray());
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnIfdPointingToItselfIsReadOnce(bool littleEndian)
    {
        var tiff = new TiffSample(littleEndian);
        var block = tiff.Build([tiff.Ascii(0x013B, TiffSample.Artist)], [], []);
        // IFD0 is at 8 with one entry: its next-IFD pointer (at 8 + 2 + 12) now points back at 8.
        tiff.UInt32(8).CopyTo(block, 22);
        var file = JpegSample.Build(JpegSample.Exif(block));

        var report = FileMetadata.Inspect(file, null);

        Assert.Equal(TiffSample.Artist, Sanitising.Finding(report, "Exif Artist").Value);
        Assert.True(Sanitising.Sanitise(file).Result.Sanitised);
    }

    [Fact]
    public void SubIfdsPointingAtEachOtherEnd()
    {
        var tiff = new TiffSample(littleEndian: true);
        var block = tiff.Build(
            [tiff.Ascii(0x0110, TiffSample.Model)],
            [new TiffField(0x8769, 4, 1, tiff.UInt32(8)), new TiffField(0x8825, 4, 1, tiff.UInt32(8))],
            [new TiffField(0x8769, 4, 1, tiff.UInt32(8))]);

        var report = FileMetadata.Inspect(JpegSample.Build(JpegSample.Exif(block)), null);

        Assert.Equal(TiffSample.Model, Sanitising.Finding(report, "Exif Model").Value);
    }

    [Fact]
    public void HugeCountsAndOffsetsAreIgnored()
    {
        var tiff = new TiffSample(littleEndian: false);
        var block = tiff.Build(
            [
                new TiffField(0x013B, 2, uint.MaxValue, tiff.UInt32(16)),
                new TiffField(0x010F, 2, 0x4000_0000, tiff.UInt32(uint.MaxValue - 3)),
                new TiffField(0x0131, 5, 0x2000_0001, tiff.UInt32(12)),
                tiff.Ascii(0x0110, TiffSample.Model),
            ],
            [],
            [tiff.Rationals(2, (1, 1)), new TiffField(4, 5, uint.MaxValue, tiff.UInt32(8))]);
        // An IFD claiming 65535 entries where a dozen bytes remain.
        byte[] shortIfd = [.. tiff.UInt16(0xFFFF), 0, 0];

        var report = FileMetadata.Inspect(JpegSample.Build(JpegSample.Exif(block)), null);
        var bare = FileMetadata.Inspect(JpegSample.Build(JpegSample.Exif([.. "MM"u8, 0, 42, 0, 0, 0, 8, .. shortIfd])), null);

        Assert.Equal(TiffSample.Model, Sanitising.Finding(report, "Exif Model").Value);
        Assert.DoesNotContain(report.Findings, finding => finding.Field is "Exif Artist" or "Exif Make" or "GPS position");
        Assert.Equal("GPS data", Assert.Single(report.Findings, finding => finding.Kind == MetadataKind.GpsPosition).Field);
        Assert.Equal(["Exif block"], bare.Findings.Select(finding => finding.Field));
    }

    [Fact]
    public void ASegmentLongerThanTheFileIsRefused()
    {
        byte[] file = [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, .. "Exif\0\0"u8];

        var report = FileMetadata.Inspect(file, null);
        var (result, copy) = Sanitising.Sanitise(file);

        Assert.Equal("jpeg", report.Format);
        Assert.False(report.CanSanitise);
        Assert.False(result.Sanitised);
        Assert.Empty(copy);
    }

    [Fact]
    public void AnUnknownFormatIsReportedAsSuchAndNotCopied()
    {
        var (result, copy) = Sanitising.Sanitise("just some text"u8.ToArray());
        var report = FileMetadata.Inspect("just some text"u8, "photo.jpg");

        Assert.Equal(new FileMetadataReport("unknown", report.Findings, false), report);
        Assert.Empty(report.Findings);
        Assert.False(result.Sanitised);
        Assert.Empty(copy);
    }

    [Theory]
    [InlineData("%PDF-1.4\n", "/Info 1 0 R 1 0 obj << /Author (a\\) ")]
    [InlineData("%PDF-1.4\ntrailer\n", "/Type /Metadata /Filter /Info 7 0 R obj 1 ")]
    [InlineData("%PDF-1.4\n", "<x:xmpmeta <x:xapmeta </x:xmpmeta> ((((")]
    [InlineData("\u00FF\u00D8", "\u00FF\u00FE\u0000\u0002")]
    [InlineData("\u00FF\u00D8", "\u00FF\u00D0")]
    [InlineData("\u0089PNG\r\n\u001A\n\0\0\0\rIHDR\0\0\0\u0001\0\0\0\u0001\u0008\0\0\0\0\0\0\0\0", "\0\0\0\0prVt\0\0\0\0")]
    [InlineData("\u00FF\u00D8\u00FF\u00DA\u0000\u0002", "\u00FF\u0000\u00FF\u00D0\u00FF\u00FF")]
    public void LargeRepetitiveFilesFinishInLinearTime(string header, string repeated)
    {
        var file = System.Text.Encoding.Latin1.GetBytes(header + string.Concat(Enumerable.Repeat(repeated, 8 * 1024 * 1024 / repeated.Length)));
        var watch = Stopwatch.StartNew();

        var report = FileMetadata.Inspect(file, null);
        var (result, copy) = Sanitising.Sanitise(file);

        AssertCleanOutcome(report, result, copy);
        Assert.True(report.Findings.Count <= 200);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void AMissingOutputIsTheOneException() =>
        Assert.Throws<ArgumentNullException>(() => FileMetadata.Sanitise(JpegSample.Build(), null, null!));

    private static void AssertCleanOutcome(FileMetadataReport report, SanitiseResult result, byte[] copy)
    {
        Assert.NotNull(report.Format);
        Assert.Equal(result.Sanitised, result.ReasonNotSanitised is null);
        if (!result.Sanitised)
        {
            Assert.Empty(copy);
        }

        if (!report.CanSanitise)
        {
            Assert.False(result.Sanitised);
        }
    }

    /// <summary>Overwrites, inserts, deletes or repeats a few bytes: the damage that breaks length fields and markers.</summary>
    private static byte[] Damage(byte[] original, Random random)
    {
        var file = new List<byte>(original);
        for (var damage = random.Next(1, 6); damage > 0 && file.Count > 2; damage--)
        {
            var at = random.Next(file.Count);
            var length = Math.Min(random.Next(1, 16), file.Count - at);
            switch (random.Next(4))
            {
                case 0:
                    file[at] = random.Next(3) switch
                    {
                        0 => 0xFF,
                        1 => 0x00,
                        _ => (byte)random.Next(256),
                    };
                    break;
                case 1:
                    file.InsertRange(at, Enumerable.Range(0, length).Select(_ => (byte)random.Next(256)));
                    break;
                case 2:
                    file.RemoveRange(at, length);
                    break;
                default:
                    file.InsertRange(random.Next(file.Count), file.GetRange(at, length));
                    break;
            }
        }

        return [.. file];
    }

    private static byte[] Sample(string name) => name switch
    {
        "jpeg-le" => JpegSample.WithExif(littleEndian: true),
        "jpeg-be" => JpegSample.WithExif(littleEndian: false),
        "jpeg-xmp" => JpegSample.Build(JpegSample.Xmp(), JpegSample.Iptc(), JpegSample.CommentSegment()),
        "png" => PngSample.WithEverything(),
        "pdf" => PdfSample.Build(),
        "office" => OfficeSample.Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
