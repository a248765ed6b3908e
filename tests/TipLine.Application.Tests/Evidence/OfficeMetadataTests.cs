using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using TipLine.Application.Evidence;

namespace TipLine.Application.Tests.Evidence;

public sealed class OfficeMetadataTests
{
    [Fact]
    public void DocumentPropertiesAndZipDatesAreReported()
    {
        var report = FileMetadata.Inspect(OfficeSample.Build(), "report.docx");

        Assert.Equal("office", report.Format);
        Assert.True(report.CanSanitise);
        Assert.Equal(new MetadataFinding(MetadataKind.Author, "Office dc:creator", OfficeSample.Creator), Sanitising.Finding(report, "Office dc:creator"));
        Assert.Equal(new MetadataFinding(MetadataKind.Author, "Office cp:lastModifiedBy", OfficeSample.LastModifiedBy), Sanitising.Finding(report, "Office cp:lastModifiedBy"));
        Assert.Equal(new MetadataFinding(MetadataKind.CreationDate, "Office dcterms:created", "2024-03-04T09:15:00Z"), Sanitising.Finding(report, "Office dcterms:created"));
        Assert.Equal(MetadataKind.CreationDate, Sanitising.Finding(report, "Office dcterms:modified").Kind);
        Assert.Equal(new MetadataFinding(MetadataKind.Software, "Office Application", OfficeSample.Application), Sanitising.Finding(report, "Office Application"));
        Assert.Equal(new MetadataFinding(MetadataKind.Software, "Office AppVersion", "16.0000"), Sanitising.Finding(report, "Office AppVersion"));
        Assert.Equal(new MetadataFinding(MetadataKind.Author, "Office Company", OfficeSample.Company), Sanitising.Finding(report, "Office Company"));
        Assert.Equal(new MetadataFinding(MetadataKind.Author, "Office Manager", OfficeSample.Manager), Sanitising.Finding(report, "Office Manager"));
        Assert.Equal(new MetadataFinding(MetadataKind.Other, "Office custom property Matter", OfficeSample.CustomValue), Sanitising.Finding(report, "Office custom property Matter"));
        Assert.Equal(MetadataKind.CreationDate, Sanitising.Finding(report, "Zip entry date").Kind);
    }

    [Fact]
    public void TheSanitisedCopyKeepsTheDocumentAndEmptiesTheProperties()
    {
        var file = OfficeSample.Build();

        var copy = Sanitising.SanitiseCleanly(file, "office");

        using var archive = new ZipArchive(new MemoryStream(copy), ZipArchiveMode.Read);
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"],
            archive.Entries.Select(entry => entry.FullName));
        Assert.All(archive.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
        Assert.Equal(Encoding.UTF8.GetBytes(OfficeSample.Document), OfficeSample.Read(copy, "word/document.xml"));
        Assert.Equal(OfficeSample.Read(file, "_rels/.rels"), OfficeSample.Read(copy, "_rels/.rels"));
        var core = Encoding.UTF8.GetString(OfficeSample.Read(copy, "docProps/core.xml"));
        Assert.Contains("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"", core, StringComparison.Ordinal);
        Assert.EndsWith("/>", core, StringComparison.Ordinal);
        foreach (var planted in new[] { OfficeSample.Creator, OfficeSample.LastModifiedBy, OfficeSample.Company, OfficeSample.Manager, OfficeSample.CustomValue, "2024-03" })
        {
            foreach (var part in new[] { "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml" })
            {
                Sanitising.AssertAbsent(OfficeSample.Read(copy, part), planted);
            }
        }

        Assert.Empty(FileMetadata.Inspect(copy, null).Findings);
    }

    [Fact]
    public void AZipThatClaimsAGigabyteIsRefusedAtOnce()
    {
        var file = OfficeSample.Build(OfficeSample.Core, ("word/media/huge.bin", new byte[100]));
        ClaimUncompressedSize(file, "word/media/huge.bin", 1024u * 1024 * 1024);

        var watch = Stopwatch.StartNew();
        var report = FileMetadata.Inspect(file, null);
        var (result, copy) = Sanitising.Sanitise(file);

        Assert.Equal("office", report.Format);
        Assert.False(report.CanSanitise);
        Assert.False(result.Sanitised);
        Assert.Contains("zip bomb", result.ReasonNotSanitised, StringComparison.Ordinal);
        Assert.Empty(copy);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void AnEntryThatInflatesFarBeyondItsZippedSizeIsRefused()
    {
        var file = OfficeSample.Build(OfficeSample.Core, ("word/media/zeros.bin", new byte[16 * 1024 * 1024]));

        var (result, copy) = Sanitising.Sanitise(file);

        Assert.False(result.Sanitised);
        Assert.Contains("zip bomb", result.ReasonNotSanitised, StringComparison.Ordinal);
        Assert.Empty(copy);
    }

    [Fact]
    public void AnEntryHoldingMoreThanItDeclaresIsRefused()
    {
        var file = OfficeSample.Build();
        ClaimUncompressedSize(file, "word/document.xml", 10);

        var (result, copy) = Sanitising.Sanitise(file);

        Assert.False(result.Sanitised);
        Assert.Empty(copy);
    }

    [Fact]
    public void ADocumentTypeDeclarationIsNotProcessed()
    {
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE cp:coreProperties [<!ENTITY a \"Planted\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">" +
            "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>&c;</dc:creator></cp:coreProperties>";
        var file = OfficeSample.Build(laughs);

        var report = FileMetadata.Inspect(file, null);
        var copy = Sanitising.SanitiseCleanly(file, "office");

        Assert.Equal("malformed; read only in part", Sanitising.Finding(report, "docProps/core.xml").Value);
        Assert.DoesNotContain(report.Findings, finding => finding.Value.Contains("Planted", StringComparison.Ordinal) && finding.Field == "Office dc:creator");
        Sanitising.AssertAbsent(OfficeSample.Read(copy, "docProps/core.xml"), "Planted");
    }

    [Fact]
    public void TwoPartsOfOneNameAreRefused()
    {
        var file = OfficeSample.Build(OfficeSample.Core, ("docProps/Core.xml", Encoding.UTF8.GetBytes(OfficeSample.Core)));

        var report = FileMetadata.Inspect(file, null);
        var (result, copy) = Sanitising.Sanitise(file);

        Assert.False(report.CanSanitise);
        Assert.Equal("the package holds two parts of the same name", result.ReasonNotSanitised);
        Assert.Empty(copy);
    }

    [Fact]
    public void AZipThatIsNotAnOfficePackageIsUnknown()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry("notes.txt").Open();
            stream.Write("hello"u8);
        }

        var report = FileMetadata.Inspect(zip.ToArray(), "notes.docx");

        Assert.Equal("unknown", report.Format);
        Assert.False(report.CanSanitise);
    }

    /// <summary>Overwrites the uncompressed size an entry declares, in its local header and in the central directory.</summary>
    internal static void ClaimUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var position = 0; position + 46 < zip.Length; position++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(position));
            if (signature == 0x04034b50 && zip.AsSpan(position + 30).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(position + 22), size);
                patched++;
            }
            else if (signature == 0x02014b50 && zip.AsSpan(position + 46).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(position + 24), size);
                patched++;
            }
        }

        Assert.Equal(2, patched);
    }
}
