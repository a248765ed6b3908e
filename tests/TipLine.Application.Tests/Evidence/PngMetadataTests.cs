using System.Diagnostics;
using System.IO.Compression;
using TipLine.Application.Evidence;

namespace TipLine.Application.Tests.Evidence;

public sealed class PngMetadataTests
{
    [Fact]
    public void TextExifXmpAndTimeAreReported()
    {
        var report = FileMetadata.Inspect(PngSample.WithEverything(), "screenshot.png");

        Assert.Equal("png", report.Format);
        Assert.True(report.CanSanitise);
        Assert.Equal(new MetadataFinding(MetadataKind.Author, "PNG text Author", PngSample.Author), Sanitising.Finding(report, "PNG text Author"));
        Assert.Equal(new MetadataFinding(MetadataKind.Software, "PNG text Software", PngSample.Software), Sanitising.Finding(report, "PNG text Software"));
        Assert.Equal(new MetadataFinding(MetadataKind.Other, "PNG text Comment", PngSample.Comment), Sanitising.Finding(report, "PNG text Comment"));
        Assert.Equal(new MetadataFinding(MetadataKind.CreationDate, "PNG tIME", "2024-03-05 14:22:01"), Sanitising.Finding(report, "PNG tIME"));
        Assert.Equal(TiffSample.Position, Sanitising.Finding(report, "GPS position").Value);
        Assert.Equal(TiffSample.BodySerial, Sanitising.Finding(report, "Exif BodySerialNumber").Value);
        Assert.Equal(JpegSample.XmpCreator, Sanitising.Finding(report, "XMP dc:creator").Value);
    }

    [Fact]
    public void TheSanitisedCopyKeepsImageAndColourChunksWithValidCrcs()
    {
        var file = PngSample.WithEverything();

        var copy = Sanitising.SanitiseCleanly(file, "png");

        Assert.Equal(["IHDR", "gAMA", "IDAT", "IEND"], PngSample.ChunkTypes(copy));
        Assert.Equal(PngSample.Build(), copy);
        foreach (var planted in new[] { PngSample.Author, PngSample.Comment, TiffSample.BodySerial, TiffSample.Artist, JpegSample.XmpCreator })
        {
            Sanitising.AssertPresent(file, planted);
            Sanitising.AssertAbsent(copy, planted);
        }

        Assert.Empty(FileMetadata.Inspect(copy, null).Findings);
    }

    [Fact]
    public void UnknownAncillaryChunksAndDataAfterTheEndAreDropped()
    {
        byte[] file = [.. PngSample.Build(PngSample.Chunk("prVt", "private notes"u8.ToArray())), .. "appended"u8];

        var report = FileMetadata.Inspect(file, null);
        var (result, copy) = Sanitising.Sanitise(file);

        Assert.Equal("13 bytes", Sanitising.Finding(report, "PNG prVt chunk").Value);
        Assert.Equal("8 bytes", Sanitising.Finding(report, "Data after the end of the image").Value);
        Assert.True(result.Sanitised);
        Assert.Equal(2, result.ItemsRemoved);
        Assert.Equal(PngSample.Build(), copy);
    }

    [Fact]
    public void ManyCompressedTextBombsAreInflatedOnlyToABudget()
    {
        var bomb = new MemoryStream();
        using (var zlib = new ZLibStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1024 * 1024]);
        }

        var chunk = PngSample.Chunk("zTXt", [.. "Comment"u8, 0, 0, .. bomb.ToArray()]);
        var file = PngSample.Build([.. Enumerable.Repeat(chunk, 8000)]);
        var watch = Stopwatch.StartNew();

        var report = FileMetadata.Inspect(file, null);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Contains(report.Findings, finding => finding.Value == "(compressed text not inflated: too much in this file)");
        Assert.True(report.CanSanitise);
    }
}
