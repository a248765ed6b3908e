using System.Text;

namespace TipLine.Application.Tests.Evidence;

/// <summary>
/// Builds an 8x8 grey baseline JPEG that decoders accept: one quantisation table, one-symbol Huffman tables (DC
/// difference 0, end of block), and a scan of two one-bit codes padded with ones (0x3F). Metadata segments are
/// placed before the tables, as cameras do.
/// </summary>
internal static class JpegSample
{
    public const string XmpCreator = "Xavier Planted";
    public const string XmpTool = "XmpEditor 3.2";
    public const string Comment = "taken from my balcony";
    public const string IptcByline = "Ines Byline";

    public static readonly byte[] Jfif = Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

    public static readonly byte[] QuantisationTable = Segment(0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);

    public static readonly byte[] Frame = Segment(0xC0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]);

    public static readonly byte[] HuffmanTables = [.. Segment(0xC4, [0x00, 1, .. new byte[15], 0x00]), .. Segment(0xC4, [0x10, 1, .. new byte[15], 0x00])];

    public static readonly byte[] Scan = [.. Segment(0xDA, [1, 1, 0x00, 0, 63, 0]), 0x3F];

    public static byte[] ImageData => [.. QuantisationTable, .. Frame, .. HuffmanTables, .. Scan];

    public static byte[] Build(params byte[][] metadataSegments) =>
        [0xFF, 0xD8, .. Jfif, .. metadataSegments.SelectMany(s => s), .. ImageData, 0xFF, 0xD9];

    public static byte[] WithExif(bool littleEndian) => Build(Exif(new TiffSample(littleEndian).Build()));

    public static byte[] Exif(byte[] tiff) => Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]);

    public static byte[] Xmp() => Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(XmpPacket(XmpCreator, XmpTool))]);

    public static byte[] CommentSegment() => Segment(0xFE, Encoding.UTF8.GetBytes(Comment));

    /// <summary>Photoshop's APP13: one 8BIM resource 0x0404 holding an IPTC By-line (2:80).</summary>
    public static byte[] Iptc()
    {
        byte[] record = [0x1C, 2, 80, 0, (byte)IptcByline.Length, .. Encoding.ASCII.GetBytes(IptcByline)];
        byte[] resource = [.. "8BIM"u8, 0x04, 0x04, 0, 0, 0, 0, 0, (byte)record.Length, .. record];
        return Segment(0xED, [.. "Photoshop 3.0\0"u8, .. resource, .. record.Length % 2 == 1 ? new byte[] { 0 } : []]);
    }

    public static string XmpPacket(string creator, string tool) =>
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" +
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" " +
        $"xmp:CreatorTool=\"{tool}\" xmp:CreateDate=\"2024-03-04T09:15:00\">" +
        $"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>" +
        "</rdf:Description></rdf:RDF></x:xmpmeta>" +
        "<?xpacket end=\"w\"?>";

    public static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];
}
