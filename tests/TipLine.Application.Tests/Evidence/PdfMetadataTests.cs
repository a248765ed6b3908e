using System.Text;
using TipLine.Application.Evidence;

namespace TipLine.Application.Tests.Evidence;

public sealed class PdfMetadataTests
{
    [Fact]
    public void TheDocumentInformationAndXmpAreReported()
    {
        var report = FileMetadata.Inspect(PdfSample.Build(), "statement.pdf");

        Assert.Equal("pdf", report.Format);
        Assert.True(report.CanSanitise);
        Assert.Equal(new MetadataFinding(MetadataKind.Author, "PDF Info /Author", PdfSample.Author), Sanitising.Finding(report, "PDF Info /Author"));
        Assert.Equal(new MetadataFinding(MetadataKind.Software, "PDF Info /Creator", PdfSample.Creator), Sanitising.Finding(report, "PDF Info /Creator"));
        Assert.Equal(new MetadataFinding(MetadataKind.Software, "PDF Info /Producer", PdfSample.Producer), Sanitising.Finding(report, "PDF Info /Producer"));
        Assert.Equal(MetadataKind.CreationDate, Sanitising.Finding(report, "PDF Info /CreationDate").Kind);
        Assert.Equal(MetadataKind.CreationDate, Sanitising.Finding(report, "PDF Info /ModDate").Kind);
        Assert.Equal(new MetadataFinding(MetadataKind.Other, "PDF Info /Title", "Notes"), Sanitising.Finding(report, "PDF Info /Title"));
        Assert.Equal(new MetadataFinding(MetadataKind.Other, "PDF Info /Company", PdfSample.Company), Sanitising.Finding(report, "PDF Info /Company"));
        Assert.Equal(JpegSample.XmpCreator, Sanitising.Finding(report, "XMP dc:creator").Value);
        Assert.Equal(JpegSample.XmpTool, Sanitising.Finding(report, "XMP xmp:CreatorTool").Value);
    }

    [Fact]
    public void TheSanitisedCopyHasTheSameLengthAndMovesNoByte()
    {
        var file = PdfSample.Build();

        var copy = Sanitising.SanitiseCleanly(file, "pdf");

        Assert.Equal(file.Length, copy.Length);
        var changed = Enumerable.Range(0, file.Length).Where(index => file[index] != copy[index]).ToList();
        Assert.NotEmpty(changed);
        foreach (var index in changed)
        {
            // Only string contents change: spaces, or "20" pairs inside hex strings.
            Assert.Contains((char)copy[index], " 20");
        }

        var text = Encoding.Latin1.GetString(copy);
        Assert.Contains("/Author (                    )", text, StringComparison.Ordinal);
        Assert.Contains("/Creator <2020202020202020", text, StringComparison.Ordinal);
        Assert.Contains("/Trapped /False >>", text, StringComparison.Ordinal);
        Assert.Equal(Xref(file), Xref(copy));
        Assert.DoesNotContain("x:xmpmeta", text, StringComparison.Ordinal);
        Assert.Contains("<?xpacket end=\"w\"?>", text, StringComparison.Ordinal);
        foreach (var planted in new[] { "Planted", JpegSample.XmpCreator, JpegSample.XmpTool, "D:2024" })
        {
            Sanitising.AssertAbsent(copy, planted);
        }

        Assert.Empty(FileMetadata.Inspect(copy, null).Findings);
    }

    [Fact]
    public void InformationInACompressedObjectStreamIsSaidToBeUninspected()
    {
        var file = PdfSample.Build(PdfSample.Information, "", informationObjectPresent: false);

        var report = FileMetadata.Inspect(file, null);
        var (result, copy) = Sanitising.Sanitise(file);

        Assert.False(report.CanSanitise);
        Assert.Contains(report.Findings, f => f is { Kind: MetadataKind.Other, Value: "metadata may be compressed; not inspected" });
        Assert.False(result.Sanitised);
        Assert.NotNull(result.ReasonNotSanitised);
        Assert.Empty(copy);
    }

    [Fact]
    public void ACompressedXmpStreamIsSaidToBeUninspected()
    {
        var file = PdfSample.Build(PdfSample.Information, " /Filter /FlateDecode", informationObjectPresent: true);

        var report = FileMetadata.Inspect(file, null);

        Assert.False(report.CanSanitise);
        Assert.Equal("metadata may be compressed; not inspected", Sanitising.Finding(report, "XMP metadata stream").Value);
        Assert.False(Sanitising.Sanitise(file).Result.Sanitised);
    }

    [Fact]
    public void AnIndirectValueAndAnEscapedKeyAreFoundToo()
    {
        var information = "<< /Auth#6Fr 7 0 R /Producer (Tool) >>";
        var file = Encoding.Latin1.GetBytes(
            Encoding.Latin1.GetString(PdfSample.Build(information, "", informationObjectPresent: true))
                .Replace("endobj\nxref\n", "endobj\n7 0 obj\n(Indirect Planted)\nendobj\nxref\n", StringComparison.Ordinal));

        var report = FileMetadata.Inspect(file, null);
        var copy = Sanitising.SanitiseCleanly(file, "pdf");

        Assert.Equal(new MetadataFinding(MetadataKind.Author, "PDF Info /Author", "Indirect Planted"), Sanitising.Finding(report, "PDF Info /Author"));
        Sanitising.AssertAbsent(copy, "Indirect Planted");
    }

    [Fact]
    public void MoreInformationReferencesThanAnyUpdateHistoryMakesIsRefused()
    {
        var references = string.Concat(Enumerable.Range(10, 40).Select(number => $"trailer << /Info {number} 0 R >>\n"));
        var file = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(PdfSample.Build()) + references);

        var report = FileMetadata.Inspect(file, null);

        Assert.False(report.CanSanitise);
        Assert.Equal("referenced too many times; not inspected", Sanitising.Finding(report, "Document information").Value);
        Assert.False(Sanitising.Sanitise(file).Result.Sanitised);
    }

    [Fact]
    public void AnEncryptedPdfIsNotSanitised()
    {
        var file = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(PdfSample.Build()).Replace("/Info 5 0 R", "/Info 5 0 R /Encrypt 9 0 R", StringComparison.Ordinal));

        var report = FileMetadata.Inspect(file, null);

        Assert.False(report.CanSanitise);
        Assert.Equal("metadata not readable", Sanitising.Finding(report, "Encrypted PDF").Value);
        Assert.False(Sanitising.Sanitise(file).Result.Sanitised);
    }

    private static string Xref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return text[text.IndexOf("xref\n", StringComparison.Ordinal)..];
    }
}
