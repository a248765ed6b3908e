using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TipLine.Application.Tests.Evidence;

/// <summary>Builds a 1x1 grey PNG with chosen extra chunks, and reads one back chunk by chunk with its CRC checked.</summary>
internal static class PngSample
{
    public const string Author = "Paula Planted";
    public const string Software = "PngMaker 7";
    public const string Comment = "near the harbour";

    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Header => Chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);

    public static byte[] ImageData => Chunk("IDAT", Deflate([0, 0x80]));

    public static byte[] Gamma => Chunk("gAMA", [0, 0, 0xB1, 0x8F]);

    public static byte[] End => Chunk("IEND", []);

    public static byte[] Build(params byte[][] extraChunks) =>
        [.. Signature, .. Header, .. Gamma, .. extraChunks.SelectMany(c => c), .. ImageData, .. End];

    public static byte[] WithEverything() => Build(
        Chunk("tEXt", [.. Encoding.Latin1.GetBytes("Author"), 0, .. Encoding.Latin1.GetBytes(Author)]),
        Chunk("zTXt", [.. Encoding.Latin1.GetBytes("Software"), 0, 0, .. Deflate(Encoding.Latin1.GetBytes(Software))]),
        Chunk("iTXt", [.. Encoding.Latin1.GetBytes("Comment"), 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(Comment)]),
        Chunk("iTXt", [.. "XML:com.adobe.xmp"u8, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(JpegSample.XmpPacket(JpegSample.XmpCreator, JpegSample.XmpTool))]),
        Chunk("eXIf", new TiffSample(littleEndian: false).Build()),
        Chunk("tIME", [0x07, 0xE8, 3, 5, 14, 22, 1]));

    public static byte[] Chunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        return [.. length, .. typeAndData, .. crc];
    }

    /// <summary>The chunk types in order; fails the test when a length runs past the end or a CRC is wrong.</summary>
    public static List<string> ChunkTypes(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var types = new List<string>();
        var position = 8;
        while (position < png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            var typeAndData = png.AsSpan(position + 4, 4 + length);
            Assert.Equal(Crc32(typeAndData), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length)));
            types.Add(Encoding.ASCII.GetString(typeAndData[..4]));
            position += 12 + length;
        }

        Assert.Equal(png.Length, position);
        return types;
    }

    /// <summary>CRC-32 as PNG (and zip) define it: reflected polynomial 0xEDB88320.</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Deflate(byte[] data)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }
}
