using TipLine.Application.Evidence;

namespace TipLine.Application.Tests.Evidence;

public sealed class JpegMetadataTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExifIsReportedInEitherByteOrder(bool littleEndian)
    {
        var report = FileMetadata.Inspect(JpegSample.WithExif(littleEndian), "photo.jpg");

        Assert.Equal("jpeg", report.Format);
        Assert.True(report.CanSanitise);
        Assert.True(report.HasGpsPosition);
        Assert.Equal(new MetadataFinding(MetadataKind.GpsPosition, "GPS position", TiffSample.Position), Sanitising.Finding(report, "GPS position"));
        Assert.Equal((MetadataKind.CameraModel, TiffSample.Make), Describe(report, "Exif Make"));
        Assert.Equal((MetadataKind.CameraModel, TiffSample.Model), Describe(report, "Exif Model"));
        Assert.Equal((MetadataKind.Author, TiffSample.Artist), Describe(report, "Exif Artist"));
        Assert.Equal((MetadataKind.Author, TiffSample.XpAuthor), Describe(report, "Exif XPAuthor"));
        Assert.Equal((MetadataKind.Software, TiffSample.Software), Describe(report, "Exif Software"));
        Assert.Equal((MetadataKind.CreationDate, TiffSample.DateTime), Describe(report, "Exif DateTime"));
        Assert.Equal((MetadataKind.CreationDate, TiffSample.DateTimeOriginal), Describe(report, "Exif DateTimeOriginal"));
        Assert.Equal((MetadataKind.CameraSerial, TiffSample.BodySerial), Describe(report, "Exif BodySerialNumber"));
        Assert.Equal((MetadataKind.CameraSerial, TiffSample.LensSerial), Describe(report, "Exif LensSerialNumber"));
    }

    [Theory]
    [InlineData("N", "E", "33.858650, 151.208333")]
    [InlineData("S", "W", "-33.858650, -151.208333")]
    public void TheGpsReferencesGiveTheSign(string latitudeRef, string longitudeRef, string expected)
    {
        var tiff = new TiffSample(littleEndian: true);
        var file = JpegSample.Build(JpegSample.Exif(tiff.Build(
            [],
            [],
            [
                tiff.Ascii(1, latitudeRef),
                tiff.Rationals(2, (33, 1), (51, 1), (3114, 100)),
                tiff.Ascii(3, longitudeRef),
                tiff.Rationals(4, (151, 1), (12, 1), (30, 1)),
            ])));

        Assert.Equal(expected, Sanitising.Finding(FileMetadata.Inspect(file, null), "GPS position").Value);
    }

    [Fact]
    public void AGpsBlockWithoutAReadablePositionIsStillFlagged()
    {
        var tiff = new TiffSample(littleEndian: false);
        var file = JpegSample.Build(JpegSample.Exif(tiff.Build([], [], [tiff.Rationals(2, (33, 0), (51, 1), (0, 1))])));

        var report = FileMetadata.Inspect(file, null);

        Assert.True(report.HasGpsPosition);
        Assert.Equal(MetadataKind.GpsPosition, Sanitising.Finding(report, "GPS data").Kind);
    }

    [Fact]
    public void XmpIptcAndCommentsAreReported()
    {
        var report = FileMetadata.Inspect(JpegSample.Build(JpegSample.Xmp(), JpegSample.Iptc(), JpegSample.CommentSegment()), null);

        Assert.Equal(MetadataKind.Other, Sanitising.Finding(report, "XMP packet").Kind);
        Assert.Equal((MetadataKind.Author, JpegSample.XmpCreator), Describe(report, "XMP dc:creator"));
        Assert.Equal((MetadataKind.Software, JpegSample.XmpTool), Describe(report, "XMP xmp:CreatorTool"));
        Assert.Equal((MetadataKind.CreationDate, "2024-03-04T09:15:00"), Describe(report, "XMP xmp:CreateDate"));
        Assert.Equal(MetadataKind.Other, Sanitising.Finding(report, "Photoshop/IPTC block").Kind);
        Assert.Equal((MetadataKind.Author, JpegSample.IptcByline), Describe(report, "IPTC By-line"));
        Assert.Equal((MetadataKind.Other, JpegSample.Comment), Describe(report, "JPEG comment"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheSanitisedCopyKeepsTheImageAndDropsEveryPlantedValue(bool littleEndian)
    {
        var file = JpegSample.Build(
            JpegSample.Exif(new TiffSample(littleEndian).Build()),
            JpegSample.Xmp(),
            JpegSample.Iptc(),
            JpegSample.CommentSegment(),
            JpegSample.Segment(0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, .. "profile"u8]),
            JpegSample.Segment(0xE2, [.. "MPF\0"u8, .. "second image"u8]));
        var original = FileMetadata.Inspect(file, null);

        var (result, copy) = Sanitising.Sanitise(file);

        Assert.True(result.Sanitised, result.ReasonNotSanitised);
        byte[] icc = JpegSample.Segment(0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, .. "profile"u8]);
        Assert.Equal([0xFF, 0xD8, .. JpegSample.Jfif, .. icc, .. JpegSample.ImageData, 0xFF, 0xD9], copy);
        Assert.Equal(original.Findings.Count, result.ItemsRemoved);
        Sanitising.SanitiseCleanly(file, "jpeg");
        foreach (var planted in new[]
        {
            TiffSample.Make, TiffSample.Model, TiffSample.Artist, TiffSample.XpAuthor, TiffSample.Software, TiffSample.DateTime,
            TiffSample.BodySerial, TiffSample.LensSerial, JpegSample.XmpCreator, JpegSample.XmpTool, JpegSample.IptcByline,
            JpegSample.Comment, "second image",
        })
        {
            Sanitising.AssertPresent(file, planted);
            Sanitising.AssertAbsent(copy, planted);
        }

        Assert.Empty(FileMetadata.Inspect(copy, null).Findings);
    }

    [Fact]
    public void EntropyCodedDataWithStuffedBytesAndRestartsIsCopiedWhole()
    {
        byte[] scan = [.. JpegSample.Segment(0xDA, [1, 1, 0x00, 0, 63, 0]), 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xFF];
        byte[] file = [0xFF, 0xD8, .. JpegSample.CommentSegment(), .. JpegSample.QuantisationTable, .. JpegSample.Frame, .. JpegSample.HuffmanTables, .. scan, 0xFF, 0xD9];

        var copy = Sanitising.SanitiseCleanly(file, "jpeg");

        Assert.Equal([0xFF, 0xD8, .. JpegSample.QuantisationTable, .. JpegSample.Frame, .. JpegSample.HuffmanTables, .. scan, 0xFF, 0xD9], copy);
    }

    [Fact]
    public void AJfifThumbnailAndDataAfterTheEndAreReportedAndDropped()
    {
        byte[] jfifWithThumbnail = JpegSample.Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 1, 1, 10, 20, 30]);
        byte[] file = [0xFF, 0xD8, .. jfifWithThumbnail, .. JpegSample.ImageData, 0xFF, 0xD9, .. "appended secret"u8];

        var report = FileMetadata.Inspect(file, null);
        var copy = Sanitising.SanitiseCleanly(file, "jpeg");

        Assert.Equal("present", Sanitising.Finding(report, "JFIF thumbnail image").Value);
        Assert.Equal("15 bytes", Sanitising.Finding(report, "Data after the end of the image").Value);
        Assert.Equal([0xFF, 0xD8, .. JpegSample.Jfif, .. JpegSample.ImageData, 0xFF, 0xD9], copy);
    }

    private static (MetadataKind, string) Describe(FileMetadataReport report, string field)
    {
        var finding = Sanitising.Finding(report, field);
        return (finding.Kind, finding.Value);
    }
}
