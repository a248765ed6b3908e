using System.Text;

namespace TipLine.Application.Tests.Evidence;

/// <summary>One IFD entry to write: tag, TIFF type, count and the value bytes (in the file's byte order).</summary>
internal sealed record TiffField(ushort Tag, ushort Type, uint Count, byte[] Value);

/// <summary>
/// Writes an Exif TIFF block in either byte order: IFD0, then an Exif sub-IFD and a GPS IFD it points to, then the
/// values too long to sit in their entries.
/// </summary>
internal sealed class TiffSample(bool littleEndian)
{
    public const string Make = "Nikon-Planted";
    public const string Model = "D850-Planted";
    public const string Artist = "Jane Whistle";
    public const string XpAuthor = "Jean Sifflet";
    public const string Software = "PhotoTool 9.1";
    public const string DateTime = "2024:03:05 14:22:01";
    public const string DateTimeOriginal = "2024:03:04 09:15:00";
    public const string BodySerial = "SN-4455667788";
    public const string LensSerial = "LENS-99887766";

    /// <summary>33° 51' 31.14" S, 151° 12' 30" E, as the GPS IFD below writes it.</summary>
    public const string Position = "-33.858650, 151.208333";

    public bool LittleEndian => littleEndian;

    public byte[] Build() => Build(
        [
            Ascii(0x010F, Make),
            Ascii(0x0110, Model),
            Ascii(0x013B, Artist),
            Ascii(0x0131, Software),
            Ascii(0x0132, DateTime),
            new TiffField(0x9C9D, 1, (uint)(Encoding.Unicode.GetByteCount(XpAuthor) + 2), [.. Encoding.Unicode.GetBytes(XpAuthor), 0, 0]),
        ],
        [
            Ascii(0xA431, BodySerial),
            Ascii(0xA435, LensSerial),
            Ascii(0x9003, DateTimeOriginal),
        ],
        [
            Ascii(0x0001, "S"),
            Rationals(0x0002, (33, 1), (51, 1), (3114, 100)),
            Ascii(0x0003, "E"),
            Rationals(0x0004, (151, 1), (12, 1), (30, 1)),
        ]);

    /// <summary>Lays out IFD0 (with pointers to the sub-IFDs when they have entries), the Exif IFD, the GPS IFD, then the data.</summary>
    public byte[] Build(IReadOnlyList<TiffField> ifd0, IReadOnlyList<TiffField> exif, IReadOnlyList<TiffField> gps)
    {
        var main = new List<TiffField>(ifd0);
        var ifd0Size = IfdSize(main.Count + (exif.Count > 0 ? 1 : 0) + (gps.Count > 0 ? 1 : 0));
        var exifOffset = 8 + ifd0Size;
        var gpsOffset = exifOffset + (exif.Count > 0 ? IfdSize(exif.Count) : 0);
        if (exif.Count > 0)
        {
            main.Add(new TiffField(0x8769, 4, 1, UInt32((uint)exifOffset)));
        }

        if (gps.Count > 0)
        {
            main.Add(new TiffField(0x8825, 4, 1, UInt32((uint)gpsOffset)));
        }

        var dataOffset = gpsOffset + (gps.Count > 0 ? IfdSize(gps.Count) : 0);
        var header = new List<byte>(littleEndian ? "II"u8.ToArray() : "MM"u8.ToArray());
        header.AddRange(UInt16(42));
        header.AddRange(UInt32(8));
        var data = new List<byte>();
        var ifds = new List<byte>();
        foreach (var fields in new[] { main, exif, gps }.Where(f => f.Count > 0))
        {
            ifds.AddRange(UInt16((ushort)fields.Count));
            foreach (var field in fields.OrderBy(f => f.Tag))
            {
                ifds.AddRange(UInt16(field.Tag));
                ifds.AddRange(UInt16(field.Type));
                ifds.AddRange(UInt32(field.Count));
                if (field.Value.Length <= 4)
                {
                    ifds.AddRange(field.Value.Concat(new byte[4 - field.Value.Length]));
                }
                else
                {
                    ifds.AddRange(UInt32((uint)(dataOffset + data.Count)));
                    data.AddRange(field.Value);
                }
            }

            ifds.AddRange(UInt32(0));
        }

        return [.. header, .. ifds, .. data];
    }

    public TiffField Ascii(ushort tag, string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        return new TiffField(tag, 2, (uint)bytes.Length, bytes);
    }

    public TiffField Rationals(ushort tag, params (uint Numerator, uint Denominator)[] values) =>
        new(tag, 5, (uint)values.Length, [.. values.SelectMany(v => UInt32(v.Numerator).Concat(UInt32(v.Denominator)))]);

    public byte[] UInt16(ushort value) => InFileOrder([(byte)(value >> 8), (byte)value]);

    public byte[] UInt32(uint value) => InFileOrder([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private byte[] InFileOrder(byte[] bigEndian) => littleEndian ? [.. bigEndian.AsEnumerable().Reverse()] : bigEndian;

    private static int IfdSize(int entries) => 2 + entries * 12 + 4;
}
