using System.Buffers.Binary;

namespace TipLine.Application.Evidence.Png;

/// <summary>One PNG chunk by position: length, type, data and CRC, <see cref="Length"/> covering all four.</summary>
internal readonly record struct PngChunk(string Type, int Start, int Length)
{
    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file.Slice(Start + 8, Length - 12);

    public ReadOnlySpan<byte> Whole(ReadOnlySpan<byte> file) => file.Slice(Start, Length);

    /// <summary>Critical chunks (upper-case first letter) are the image itself; a decoder must understand them.</summary>
    public bool IsCritical => char.IsAsciiLetterUpper(Type[0]);
}

/// <summary>Follows the chunks of a PNG up to IEND.</summary>
internal static class PngChunks
{
    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Even a huge image split into small IDAT chunks has far fewer; a flood of empty chunks is refused.</summary>
    private const int MaxChunks = 1_000_000;

    public static bool Matches(ReadOnlySpan<byte> file) => file.StartsWith(Signature);

    public static FileParts<PngChunk> Read(ReadOnlySpan<byte> file)
    {
        var chunks = new List<PngChunk>();
        var position = Signature.Length;
        while (file.Length - position >= 12)
        {
            if (chunks.Count == MaxChunks)
            {
                return new(chunks, 0, "too many chunks");
            }

            var dataLength = BinaryPrimitives.ReadUInt32BigEndian(file[position..]);
            var type = file.Slice(position + 4, 4);
            if (dataLength > (uint)(file.Length - position - 12))
            {
                return new(chunks, 0, "a chunk longer than the file");
            }

            if (!IsChunkType(type))
            {
                return new(chunks, 0, "a chunk type that is not four letters");
            }

            var chunk = new PngChunk(System.Text.Encoding.ASCII.GetString(type), position, 12 + (int)dataLength);
            if (chunks.Count == 0 && chunk.Type != "IHDR")
            {
                return new(chunks, 0, "no IHDR chunk first");
            }

            chunks.Add(chunk);
            position += chunk.Length;
            if (chunk.Type == "IEND")
            {
                return new(chunks, file.Length - position, null);
            }
        }

        return new(chunks, 0, "the file ends before its IEND chunk");
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var letter in type)
        {
            if (!char.IsAsciiLetter((char)letter))
            {
                return false;
            }
        }

        return true;
    }
}
