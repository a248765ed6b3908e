using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace TipLine.Application.Evidence.Office;

/// <summary>
/// Office Open XML (.docx, .xlsx, .pptx): the document properties (docProps/core.xml, app.xml, custom.xml) and the
/// zip's own dates and comments. The sanitised copy rewrites the zip with every part copied but the three property
/// parts, which are replaced by empty ones, and every date set to 1980-01-01. The zip is hostile too: sizes it
/// declares are capped before anything is inflated, and inflating stops where the declared size ends.
/// </summary>
internal static class OfficeMetadata
{
    public const string Format = "office";

    /// <summary>No real document inflates to more than this many times its zipped size, nor beyond 512 MiB.</summary>
    private const long MaxExpansion = 64;

    private const long MaxUncompressedBytes = 512L * 1024 * 1024;

    private const string CorePart = "docProps/core.xml";
    private const string AppPart = "docProps/app.xml";
    private const string CustomPart = "docProps/custom.xml";

    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNamespace = "http://purl.org/dc/terms/";
    private const string AppNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string CustomNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private const string VariantTypesNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    /// <summary>DOS dates start in 1980: the earliest a zip can say, and what Office itself writes.</summary>
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlField[] PropertyFields =
    [
        new(DcNamespace, "creator", MetadataKind.Author, "Office dc:creator"),
        new(CoreNamespace, "lastModifiedBy", MetadataKind.Author, "Office cp:lastModifiedBy"),
        new(DcTermsNamespace, "created", MetadataKind.CreationDate, "Office dcterms:created"),
        new(DcTermsNamespace, "modified", MetadataKind.CreationDate, "Office dcterms:modified"),
        new(CoreNamespace, "lastPrinted", MetadataKind.CreationDate, "Office cp:lastPrinted"),
        new(DcNamespace, "title", MetadataKind.Other, "Office dc:title"),
        new(DcNamespace, "subject", MetadataKind.Other, "Office dc:subject"),
        new(DcNamespace, "description", MetadataKind.Other, "Office dc:description"),
        new(CoreNamespace, "keywords", MetadataKind.Other, "Office cp:keywords"),
        new(CoreNamespace, "category", MetadataKind.Other, "Office cp:category"),
        new(AppNamespace, "Application", MetadataKind.Software, "Office Application"),
        new(AppNamespace, "AppVersion", MetadataKind.Software, "Office AppVersion"),
        new(AppNamespace, "Company", MetadataKind.Author, "Office Company"),
        new(AppNamespace, "Manager", MetadataKind.Author, "Office Manager"),
        new(AppNamespace, "Template", MetadataKind.Other, "Office Template"),
        new(AppNamespace, "HyperlinkBase", MetadataKind.Other, "Office HyperlinkBase"),
    ];

    private static readonly byte[] EmptyCore = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        $"<cp:coreProperties xmlns:cp=\"{CoreNamespace}\" xmlns:dc=\"{DcNamespace}\" xmlns:dcterms=\"{DcTermsNamespace}\" " +
        "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>");

    private static readonly byte[] EmptyApp = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        $"<Properties xmlns=\"{AppNamespace}\" xmlns:vt=\"{VariantTypesNamespace}\"/>");

    private static readonly byte[] EmptyCustom = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        $"<Properties xmlns=\"{CustomNamespace}\" xmlns:vt=\"{VariantTypesNamespace}\"/>");

    public static bool Matches(ReadOnlySpan<byte> file) => file.StartsWith("PK\x03\x04"u8);

    /// <summary>The report, or null when the zip cannot be opened or is not an Office package.</summary>
    public static FormatInspection? Inspect(ReadOnlySpan<byte> file)
    {
        using var archive = Open(file);
        if (archive is null || !IsOfficePackage(archive))
        {
            return null;
        }

        var findings = new FindingList();
        var reason = TooLarge(archive, file.Length) ?? Duplicated(archive);
        try
        {
            findings.Add(MetadataKind.Other, "Zip comment", archive.Comment);
            DateTimeOffset? latest = null;
            foreach (var entry in archive.Entries)
            {
                findings.Add(MetadataKind.Other, $"Zip comment on {entry.FullName}", entry.Comment);
                if (entry.LastWriteTime > FixedEntryTime.AddDays(1) && (latest is null || entry.LastWriteTime > latest))
                {
                    latest = entry.LastWriteTime;
                }

                reason ??= ReportPart(entry, findings);
            }

            if (latest is { } time)
            {
                findings.Add(MetadataKind.CreationDate, "Zip entry date", time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }
        }
        catch (Exception exception) when (IsUnreadableZip(exception))
        {
            reason ??= "the package could not be read";
        }

        return new(Format, findings.Items, reason);
    }

    /// <summary>Writes the rewritten zip; returns why it could not, or null.</summary>
    public static string? WriteSanitised(ReadOnlySpan<byte> file, Stream output)
    {
        using var archive = Open(file);
        if (archive is null)
        {
            return "the package could not be read";
        }

        var budget = Math.Min(MaxExpansion * file.Length, MaxUncompressedBytes);
        try
        {
            using var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var entry in archive.Entries)
            {
                var target = copy.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                target.LastWriteTime = FixedEntryTime;
                using var written = target.Open();
                if (Replacement(entry.FullName) is { } replacement)
                {
                    written.Write(replacement);
                    continue;
                }

                using var read = entry.Open();
                var checksum = new ZipCrc32();
                var copied = CopyAtMost(read, written, Math.Min(entry.Length, budget), checksum);
                if (copied != entry.Length || checksum.Value != entry.Crc32)
                {
                    return $"{entry.FullName} does not hold the data it declares";
                }

                budget -= copied;
            }
        }
        catch (Exception exception) when (IsUnreadableZip(exception))
        {
            return "the package could not be read";
        }

        return null;
    }

    private static ZipArchive? Open(ReadOnlySpan<byte> file)
    {
        try
        {
            var archive = new ZipArchive(new MemoryStream(file.ToArray(), writable: false), ZipArchiveMode.Read);
            try
            {
                // The central directory is read on first use: reading it here keeps a damaged one from throwing later.
                _ = archive.Entries.Count;
                return archive;
            }
            catch
            {
                archive.Dispose();
                throw;
            }
        }
        catch (Exception exception) when (IsUnreadableZip(exception))
        {
            return null;
        }
    }

    /// <summary>What a corrupt or hostile zip makes System.IO.Compression throw; anything else is a bug and surfaces.</summary>
    private static bool IsUnreadableZip(Exception exception) =>
        exception is InvalidDataException or IOException or NotSupportedException or ArgumentException;

    private static bool IsOfficePackage(ZipArchive archive) =>
        archive.GetEntry("[Content_Types].xml") is not null
        && archive.Entries.Any(entry => entry.FullName.StartsWith("docProps/", StringComparison.OrdinalIgnoreCase));

    private static string? TooLarge(ZipArchive archive, int zippedLength)
    {
        var declared = archive.Entries.Sum(entry => entry.Length);
        return declared > MaxExpansion * zippedLength || declared > MaxUncompressedBytes
            ? string.Create(CultureInfo.InvariantCulture, $"the package claims {declared} bytes uncompressed, refused as a possible zip bomb")
            : null;
    }

    /// <summary>Two parts of one name leave it to each reader which one counts: no copy can be promised clean.</summary>
    private static string? Duplicated(ZipArchive archive) =>
        archive.Entries.GroupBy(entry => entry.FullName, StringComparer.OrdinalIgnoreCase).Any(name => name.Count() > 1)
            ? "the package holds two parts of the same name"
            : null;

    private static byte[]? Replacement(string name) =>
        name.Equals(CorePart, StringComparison.OrdinalIgnoreCase) ? EmptyCore
        : name.Equals(AppPart, StringComparison.OrdinalIgnoreCase) ? EmptyApp
        : name.Equals(CustomPart, StringComparison.OrdinalIgnoreCase) ? EmptyCustom
        : null;

    /// <summary>Reports a property part or a thumbnail; returns why the package cannot be sanitised, or null.</summary>
    private static string? ReportPart(ZipArchiveEntry entry, FindingList findings)
    {
        if (entry.FullName.StartsWith("docProps/thumbnail", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(MetadataKind.Other, "Office thumbnail image (kept)", entry.FullName);
            return null;
        }

        if (Replacement(entry.FullName) is null)
        {
            return null;
        }

        using var part = new MemoryStream();
        using (var read = entry.Open())
        {
            if (entry.Length > SafeXml.MaxXmlBytes || CopyAtMost(read, part, entry.Length, checksum: null) < 0)
            {
                findings.Add(MetadataKind.Other, entry.FullName, "too large; not inspected");
                return $"{entry.FullName} is larger than any real document properties";
            }
        }

        var xml = part.GetBuffer().AsSpan(0, (int)part.Length);
        var wellFormed = entry.FullName.Equals(CustomPart, StringComparison.OrdinalIgnoreCase)
            ? ReadCustomProperties(xml, findings)
            : XmlFields.Read(xml, PropertyFields, findings);
        if (!wellFormed)
        {
            findings.Add(MetadataKind.Other, entry.FullName, "malformed; read only in part");
        }

        return null;
    }

    /// <summary>Custom properties are whatever the author or a document system chose to add: each is shown by name and value.</summary>
    private static bool ReadCustomProperties(ReadOnlySpan<byte> xml, FindingList findings)
    {
        using var reader = SafeXml.Open(xml);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "property" && reader.NamespaceURI == CustomNamespace)
                {
                    var name = reader.GetAttribute("name") ?? "";
                    using var value = reader.ReadSubtree();
                    var text = new StringBuilder();
                    while (value.Read() && text.Length < 1024)
                    {
                        if (value.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                        {
                            text.Append(value.Value);
                        }
                    }

                    findings.Add(MetadataKind.Other, $"Office custom property {name}", text.Length > 0 ? text.ToString() : "(empty)");
                }
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes; -1 when the source holds more than that.</summary>
    private static long CopyAtMost(Stream source, Stream target, long limit, ZipCrc32? checksum)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - copied + 1))) > 0)
        {
            copied += read;
            if (copied > limit)
            {
                return -1;
            }

            target.Write(buffer, 0, read);
            checksum?.Append(buffer.AsSpan(0, read));
        }

        return copied;
    }
}
