using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace TipLine.Application.Evidence.Exif;

/// <summary>
/// Reads Exif's TIFF structure (JPEG APP1, PNG eXIf): IFD0 and the IFDs chained after it (the thumbnail's), the Exif
/// and GPS sub-IFDs. Every offset and count comes from the file, so each is checked against the bytes there are, and
/// an IFD already visited is not read again (an IFD pointing to itself would otherwise loop).
/// </summary>
internal static class TiffMetadata
{
    /// <summary>IFD0, IFD1, Exif, GPS and a little slack: more is a loop in disguise or a trick.</summary>
    private const int MaxIfds = 8;

    private const ushort ExifIfdPointer = 0x8769;
    private const ushort GpsIfdPointer = 0x8825;

    private static readonly Dictionary<ushort, (MetadataKind Kind, string Field)> Tags = new()
    {
        [0x010E] = (MetadataKind.Other, "Exif ImageDescription"),
        [0x010F] = (MetadataKind.CameraModel, "Exif Make"),
        [0x0110] = (MetadataKind.CameraModel, "Exif Model"),
        [0x0131] = (MetadataKind.Software, "Exif Software"),
        [0x0132] = (MetadataKind.CreationDate, "Exif DateTime"),
        [0x013B] = (MetadataKind.Author, "Exif Artist"),
        [0x0201] = (MetadataKind.Other, "Exif thumbnail image"),
        [0x8298] = (MetadataKind.Author, "Exif Copyright"),
        [0x9003] = (MetadataKind.CreationDate, "Exif DateTimeOriginal"),
        [0x9004] = (MetadataKind.CreationDate, "Exif DateTimeDigitized"),
        [0x927C] = (MetadataKind.Other, "Exif MakerNote (may hold a serial number)"),
        [0x9286] = (MetadataKind.Other, "Exif UserComment"),
        [0x9C9B] = (MetadataKind.Other, "Exif XPTitle"),
        [0x9C9C] = (MetadataKind.Other, "Exif XPComment"),
        [0x9C9D] = (MetadataKind.Author, "Exif XPAuthor"),
        [0x9C9E] = (MetadataKind.Other, "Exif XPKeywords"),
        [0x9C9F] = (MetadataKind.Other, "Exif XPSubject"),
        [0xA420] = (MetadataKind.Other, "Exif ImageUniqueID"),
        [0xA430] = (MetadataKind.Author, "Exif CameraOwnerName"),
        [0xA431] = (MetadataKind.CameraSerial, "Exif BodySerialNumber"),
        [0xA433] = (MetadataKind.CameraModel, "Exif LensMake"),
        [0xA434] = (MetadataKind.CameraModel, "Exif LensModel"),
        [0xA435] = (MetadataKind.CameraSerial, "Exif LensSerialNumber"),
    };

    /// <summary>Reports what the TIFF block holds; false when it does not even start like one.</summary>
    public static bool Read(ReadOnlySpan<byte> tiff, FindingList findings)
    {
        if (tiff.Length < 8 || !(tiff[0] == 'I' && tiff[1] == 'I' || tiff[0] == 'M' && tiff[1] == 'M'))
        {
            return false;
        }

        var file = new TiffReader(tiff, littleEndian: tiff[0] == 'I');
        if (file.UInt16(2) != 42)
        {
            return false;
        }

        var pending = new Queue<(uint Offset, bool Gps)>();
        var visited = new HashSet<uint>();
        pending.Enqueue((file.UInt32(4), false));
        while (pending.Count > 0 && visited.Count < MaxIfds)
        {
            var (offset, gps) = pending.Dequeue();
            if (offset == 0 || !visited.Add(offset) || !file.TryIfd(offset, out var entryCount))
            {
                continue;
            }

            if (gps)
            {
                ReadGps(file, offset, entryCount, findings);
                continue;
            }

            for (var index = 0; index < entryCount; index++)
            {
                var entry = new TiffEntry(file, checked((int)offset + 2 + index * 12));
                if (entry.Tag is ExifIfdPointer or GpsIfdPointer && entry.Count == 1 && entry.Type is TiffEntry.Long or TiffEntry.Ifd)
                {
                    pending.Enqueue((entry.ValueField, entry.Tag == GpsIfdPointer));
                }
                else if (Tags.TryGetValue(entry.Tag, out var known))
                {
                    findings.Add(known.Kind, known.Field, Describe(file, entry));
                }
            }

            if (file.NextIfd(offset, entryCount) is { } next)
            {
                pending.Enqueue((next, false));
            }
        }

        return true;
    }

    private static string? Describe(TiffReader file, TiffEntry entry)
    {
        if (!entry.TryGetValue(file, out var value))
        {
            return null;
        }

        return entry.Tag switch
        {
            >= 0x9C9B and <= 0x9C9F => Utf16(value, littleEndian: true),
            0x9286 => UserComment(value, file.LittleEndian),
            0x0201 => "present",
            0x927C => string.Create(CultureInfo.InvariantCulture, $"{value.Length} bytes"),
            _ when entry.Type is TiffEntry.Ascii or TiffEntry.Byte or TiffEntry.Undefined => Text(value),
            _ => null,
        };
    }

    private static void ReadGps(TiffReader file, uint offset, int entryCount, FindingList findings)
    {
        // GPS tags 1 and 2 are the latitude's reference (N or S) and value, 3 and 4 the longitude's (E or W).
        var references = new char[2];
        var degrees = new double?[2];
        for (var index = 0; index < entryCount; index++)
        {
            var entry = new TiffEntry(file, checked((int)offset + 2 + index * 12));
            if (entry.Tag is < 1 or > 4 || !entry.TryGetValue(file, out var value))
            {
                continue;
            }

            var axis = (entry.Tag - 1) / 2;
            if (entry.Tag % 2 == 1 && entry.Type == TiffEntry.Ascii && value.Length > 0)
            {
                references[axis] = char.ToUpperInvariant((char)value[0]);
            }
            else if (entry.Tag % 2 == 0 && entry.Type == TiffEntry.Rational)
            {
                degrees[axis] = Degrees(file, value);
            }
        }

        if (degrees is [{ } latitude, { } longitude])
        {
            findings.Add(
                MetadataKind.GpsPosition,
                "GPS position",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(references[0] == 'S' ? -latitude : latitude):F6}, {(references[1] == 'W' ? -longitude : longitude):F6}"));
        }
        else
        {
            findings.Add(MetadataKind.GpsPosition, "GPS data", "present, position not readable");
        }
    }

    /// <summary>Degrees, minutes and seconds as rationals (fewer parts are accepted); null when a denominator is zero.</summary>
    private static double? Degrees(TiffReader file, ReadOnlySpan<byte> rationals)
    {
        var degrees = 0.0;
        var scale = 1.0;
        for (var part = 0; part < 3 && (part + 1) * 8 <= rationals.Length; part++)
        {
            var numerator = file.UInt32(rationals, part * 8);
            var denominator = file.UInt32(rationals, part * 8 + 4);
            if (denominator == 0)
            {
                return null;
            }

            degrees += (double)numerator / denominator / scale;
            scale *= 60;
        }

        return rationals.Length >= 8 ? degrees : null;
    }

    private static string Text(ReadOnlySpan<byte> value)
    {
        var end = value.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? value : value[..end]);
    }

    private static string Utf16(ReadOnlySpan<byte> value, bool littleEndian)
    {
        var length = value.Length & ~1;
        for (var index = 0; index + 1 < length; index += 2)
        {
            if (value[index] == 0 && value[index + 1] == 0)
            {
                length = index;
                break;
            }
        }

        return (littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(value[..length]);
    }

    /// <summary>An 8-byte character code ("ASCII", "UNICODE", "JIS" or zeros) precedes the comment.</summary>
    private static string? UserComment(ReadOnlySpan<byte> value, bool littleEndian)
    {
        if (value.Length <= 8)
        {
            return null;
        }

        return value.StartsWith("UNICODE\0"u8) ? Utf16(value[8..], littleEndian) : Text(value[8..]);
    }

    /// <summary>The TIFF block and its byte order; every read is bounds-checked by the caller's offset arithmetic.</summary>
    private readonly ref struct TiffReader(ReadOnlySpan<byte> data, bool littleEndian)
    {
        public readonly ReadOnlySpan<byte> Data = data;

        public bool LittleEndian { get; } = littleEndian;

        public ushort UInt16(int offset) => UInt16(Data, offset);

        public uint UInt32(int offset) => UInt32(Data, offset);

        public ushort UInt16(ReadOnlySpan<byte> bytes, int offset) =>
            LittleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[offset..]) : BinaryPrimitives.ReadUInt16BigEndian(bytes[offset..]);

        public uint UInt32(ReadOnlySpan<byte> bytes, int offset) =>
            LittleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[offset..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[offset..]);

        /// <summary>True when a whole IFD (count and entries) lies inside the block.</summary>
        public bool TryIfd(uint offset, out int entryCount)
        {
            entryCount = 0;
            if ((long)offset + 2 > Data.Length)
            {
                return false;
            }

            entryCount = UInt16((int)offset);
            return (long)offset + 2 + entryCount * 12L <= Data.Length;
        }

        public uint? NextIfd(uint offset, int entryCount)
        {
            var at = (long)offset + 2 + entryCount * 12L;
            return at + 4 <= Data.Length ? UInt32((int)at) : null;
        }
    }

    /// <summary>A 12-byte IFD entry: tag, type, count, then the value itself when it fits in 4 bytes, else its offset.</summary>
    private readonly ref struct TiffEntry
    {
        public const ushort Byte = 1;
        public const ushort Ascii = 2;
        public const ushort Long = 4;
        public const ushort Rational = 5;
        public const ushort Undefined = 7;
        public const ushort Ifd = 13;

        private readonly int position;

        public TiffEntry(TiffReader file, int position)
        {
            this.position = position;
            Tag = file.UInt16(position);
            Type = file.UInt16(position + 2);
            Count = file.UInt32(position + 4);
            ValueField = file.UInt32(position + 8);
        }

        public ushort Tag { get; }

        public ushort Type { get; }

        public uint Count { get; }

        public uint ValueField { get; }

        public bool TryGetValue(TiffReader file, out ReadOnlySpan<byte> value)
        {
            value = default;
            long size = Type switch
            {
                1 or 2 or 6 or 7 => 1,
                3 or 8 => 2,
                4 or 9 or 11 or 13 => 4,
                5 or 10 or 12 => 8,
                _ => 0,
            };
            var length = size * Count;
            if (size == 0 || length > file.Data.Length)
            {
                return false;
            }

            var start = length <= 4 ? position + 8 : (long)ValueField;
            if (start + length > file.Data.Length)
            {
                return false;
            }

            value = file.Data.Slice((int)start, (int)length);
            return true;
        }
    }
}
