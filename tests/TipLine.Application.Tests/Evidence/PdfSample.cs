using System.Globalization;
using System.Text;

namespace TipLine.Application.Tests.Evidence;

/// <summary>
/// Builds a PDF 1.4 with a catalog, one page, an uncompressed XMP metadata stream and a document information
/// dictionary, with a cross-reference table whose offsets are right (so a changed length or a moved byte would show).
/// </summary>
internal static class PdfSample
{
    public const string Author = "Jane (Doe) Planted";
    public const string Creator = "Writer Planted";
    public const string Producer = "PdfLib Planted 1.0";
    public const string Company = "ACME Planted";

    /// <summary>The Info dictionary: a literal with escaped parentheses, a UTF-16 hex string, and a custom key.</summary>
    public static string Information =>
        "<< /Author (Jane \\(Doe\\) Planted) /Creator <FEFF" + Utf16Hex(Creator) + "> /Producer (PdfLib Planted 1.0)" +
        " /CreationDate (D:20240304091500+01'00') /ModDate (D:20240305101500Z) /Title (Notes)" +
        " /Company (ACME Planted) /Trapped /False >>";

    public static byte[] Build() => Build(Information, metadataStreamFilter: "", informationObjectPresent: true);

    public static byte[] Build(string information, string metadataStreamFilter, bool informationObjectPresent)
    {
        var xmp = JpegSample.XmpPacket(JpegSample.XmpCreator, JpegSample.XmpTool);
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            $"<< /Type /Metadata /Subtype /XML{metadataStreamFilter} /Length {Encoding.UTF8.GetByteCount(xmp)} >>\nstream\n{xmp}\nendstream",
            informationObjectPresent
                ? information
                : "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 4 >>\nstream\nxxxx\nendstream",
        };

        var text = new StringBuilder("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<int>();
        for (var index = 0; index < objects.Count; index++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append(CultureInfo.InvariantCulture, $"{index + 1} 0 obj\n{objects[index]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
        }

        var informationReference = informationObjectPresent ? "5 0 R" : "9 0 R";
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {informationReference} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    private static string Utf16Hex(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
}
