using System.Buffers.Binary;

namespace TipLine.Application.Evidence.Jpeg;

/// <summary>
/// One marker segment of a JPEG, by position in the file. A scan (SOS) segment includes the entropy-coded data that
/// follows it, up to the next marker, so copying a segment copies the image data with it.
/// </summary>
internal readonly record struct JpegSegment(byte Marker, int Start, int Length, int PayloadStart, int PayloadLength)
{
    public const byte StartOfImage = 0xD8;
    public const byte EndOfImage = 0xD9;
    public const byte StartOfScan = 0xDA;
    public const byte App0 = 0xE0;
    public const byte App1 = 0xE1;
    public const byte App2 = 0xE2;
    public const byte App13 = 0xED;
    public const byte App14 = 0xEE;
    public const byte Comment = 0xFE;

    public ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> file) => file.Slice(PayloadStart, PayloadLength);

    public ReadOnlySpan<byte> Whole(ReadOnlySpan<byte> file) => file.Slice(Start, Length);
}

/// <summary>Follows the segments of a JPEG up to its end-of-image marker.</summary>
internal static class JpegSegments
{
    /// <summary>Real JPEGs have dozens of segments (restart markers sit inside scans); a flood of empty ones is refused.</summary>
    private const int MaxSegments = 65536;

    public static bool Matches(ReadOnlySpan<byte> file) => file.Length >= 3 && file[0] == 0xFF && file[1] == JpegSegment.StartOfImage && file[2] == 0xFF;

    public static FileParts<JpegSegment> Read(ReadOnlySpan<byte> file)
    {
        var segments = new List<JpegSegment> { new(JpegSegment.StartOfImage, 0, 2, 2, 0) };
        var position = 2;
        while (position < file.Length)
        {
            if (segments.Count == MaxSegments)
            {
                return new(segments, 0, "too many segments");
            }

            if (file[position] != 0xFF)
            {
                return new(segments, 0, "bytes where a marker should be");
            }

            // A marker may be preceded by any number of 0xFF fill bytes.
            var markerAt = position;
            while (markerAt < file.Length && file[markerAt] == 0xFF)
            {
                markerAt++;
            }

            if (markerAt == file.Length)
            {
                break;
            }

            var marker = file[markerAt];
            var afterMarker = markerAt + 1;
            if (marker == 0x00)
            {
                return new(segments, 0, "a stuffed byte outside a scan");
            }

            if (marker == JpegSegment.EndOfImage)
            {
                segments.Add(new(marker, position, afterMarker - position, afterMarker, 0));
                return new(segments, file.Length - afterMarker, null);
            }

            if (marker is 0x01 or >= 0xD0 and <= 0xD8)
            {
                segments.Add(new(marker, position, afterMarker - position, afterMarker, 0));
                position = afterMarker;
                continue;
            }

            if (afterMarker + 2 > file.Length)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file[afterMarker..]);
            if (length < 2 || afterMarker + length > file.Length)
            {
                return new(segments, 0, "a segment longer than the file");
            }

            var end = afterMarker + length;
            if (marker == JpegSegment.StartOfScan)
            {
                end = EndOfEntropyCodedData(file, end);
                if (end == file.Length)
                {
                    break;
                }
            }

            segments.Add(new(marker, position, end - position, afterMarker + 2, length - 2));
            position = end;
        }

        return new(segments, 0, "the file ends before its end-of-image marker");
    }

    /// <summary>The next marker after a scan: 0xFF is followed there by 0x00 (a stuffed byte) or a restart marker.</summary>
    private static int EndOfEntropyCodedData(ReadOnlySpan<byte> file, int position)
    {
        while (true)
        {
            var next = file[position..].IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= file.Length)
            {
                return file.Length;
            }

            position += next;
            var following = file[position + 1];
            if (following == 0x00 || following is >= 0xD0 and <= 0xD7)
            {
                position += 2;
            }
            else if (following == 0xFF)
            {
                position++;
            }
            else
            {
                return position;
            }
        }
    }
}
