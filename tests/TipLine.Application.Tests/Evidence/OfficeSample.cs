using System.IO.Compression;
using System.Text;

namespace TipLine.Application.Tests.Evidence;

/// <summary>Builds a .docx the way Word lays one out: content types, relationships, the document, and its properties.</summary>
internal static class OfficeSample
{
    public const string Creator = "Olivia Planted";
    public const string LastModifiedBy = "Oscar Planted";
    public const string Company = "Trafficking Ltd Planted";
    public const string Manager = "Boss Planted";
    public const string Application = "Microsoft Office Word";
    public const string CustomValue = "Case 4711 Planted";

    public const string Document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>" +
        "<w:t>Ivory shipment on Tuesday.</w:t></w:r></w:p></w:body></w:document>";

    public static string Core =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
        $"<dc:creator>{Creator}</dc:creator><cp:lastModifiedBy>{LastModifiedBy}</cp:lastModifiedBy>" +
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-04T09:15:00Z</dcterms:created>" +
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-05T10:15:00Z</dcterms:modified></cp:coreProperties>";

    public static string App =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" " +
        "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
        $"<Application>{Application}</Application><Company>{Company}</Company><Manager>{Manager}</Manager>" +
        "<AppVersion>16.0000</AppVersion></Properties>";

    public static string Custom =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" " +
        "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
        "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Matter\">" +
        $"<vt:lpwstr>{CustomValue}</vt:lpwstr></property></Properties>";

    public static readonly DateTimeOffset EditedAt = new(2024, 3, 5, 10, 15, 0, TimeSpan.Zero);

    public static byte[] Build() => Build(Core);

    public static byte[] Build(string core, params (string Name, byte[] Content)[] extraEntries)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add(archive, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
            Add(archive, "word/document.xml", Document);
            Add(archive, "docProps/core.xml", core);
            Add(archive, "docProps/app.xml", App);
            Add(archive, "docProps/custom.xml", Custom);
            foreach (var (name, content) in extraEntries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return zip.ToArray();
    }

    public static byte[] Read(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var stream = archive.GetEntry(name)!.Open();
        var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }

    private static void Add(ZipArchive archive, string name, string content)
    {
        var entry = archive.CreateEntry(name);
        entry.LastWriteTime = EditedAt;
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
