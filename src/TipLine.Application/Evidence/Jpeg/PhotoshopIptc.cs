using System.Buffers.Binary;
using System.Text;

namespace TipLine.Application.Evidence.Jpeg;

/// <summary>
/// Reads the IPTC record Photoshop keeps in APP13 ("Photoshop 3.0" image resources, resource 0x0404), where news and
/// stock-photo tools put the photographer's name, copyright, dates and place.
/// </summary>
internal static class PhotoshopIptc
{
    public static ReadOnlySpan<byte> Signature => "Photoshop 3.0\0"u8;

    private const ushort IptcResource = 0x0404;

    private static readonly Dictionary<byte, (MetadataKind Kind, string Field)> Datasets = new()
    {
        [55] = (MetadataKind.CreationDate, "IPTC DateCreated"),
        [62] = (MetadataKind.CreationDate, "IPTC DigitalCreationDate"),
        [80] = (MetadataKind.Author, "IPTC By-line"),
        [85] = (MetadataKind.Author, "IPTC By-lineTitle"),
        [90] = (MetadataKind.Other, "IPTC City"),
        [95] = (MetadataKind.Other, "IPTC Province-State"),
        [101] = (MetadataKind.Other, "IPTC Country"),
        [110] = (MetadataKind.Author, "IPTC Credit"),
        [116] = (MetadataKind.Author, "IPTC CopyrightNotice"),
        [122] = (MetadataKind.Author, "IPTC Writer-Editor"),
    };

    public static void Read(ReadOnlySpan<byte> payload, FindingList findings)
    {
        findings.AddSize(MetadataKind.Other, "Photoshop/IPTC block", payload.Length);
        var resources = payload[Signature.Length..];
        while (resources.Length >= 12 && resources.StartsWith("8BIM"u8))
        {
            var id = BinaryPrimitives.ReadUInt16BigEndian(resources[4..]);
            var nameLength = 1 + resources[6];
            var sizeAt = 6 + nameLength + (nameLength & 1);
            if (sizeAt + 4 > resources.Length)
            {
                return;
            }

            var size = BinaryPrimitives.ReadUInt32BigEndian(resources[sizeAt..]);
            var dataAt = sizeAt + 4;
            if (size > (uint)(resources.Length - dataAt))
            {
                return;
            }

            if (id == IptcResource)
            {
                ReadIptc(resources.Slice(dataAt, (int)size), findings);
            }

            var next = dataAt + (int)size + (int)(size & 1);
            resources = next < resources.Length ? resources[next..] : [];
        }
    }

    private static void ReadIptc(ReadOnlySpan<byte> records, FindingList findings)
    {
        while (records.Length >= 5 && records[0] == 0x1C)
        {
            var record = records[1];
            var dataset = records[2];
            var size = BinaryPrimitives.ReadUInt16BigEndian(records[3..]);
            // A set top bit announces an extended length, which no metadata field needs.
            if ((size & 0x8000) != 0 || size > records.Length - 5)
            {
                return;
            }

            if (record == 2 && Datasets.TryGetValue(dataset, out var known))
            {
                findings.Add(known.Kind, known.Field, Encoding.UTF8.GetString(records.Slice(5, size)));
            }

            records = records[(5 + size)..];
        }
    }
}
