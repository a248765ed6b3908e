using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using TipLine.Application.Evidence.Exif;
using TipLine.Application.Evidence.Xmp;

namespace TipLine.Application.Evidence.Png;

/// <summary>
/// PNG: eXIf, text chunks (tEXt, zTXt, iTXt, XMP among them), tIME and any other ancillary chunk are reported; the
/// sanitised copy keeps the critical chunks and those that say how to show the pixels (colour, transparency,
/// animation), each copied verbatim so its CRC stays valid.
/// </summary>
internal static class PngMetadata
{
    public const string Format = "png";

    /// <summary>Compressed text is inflated this far for the report, all chunks together; a "zlib bomb" gets no further.</summary>
    private const int MaxInflatedText = 4 * 1024 * 1024;

    private const string XmpKeyword = "XML:com.adobe.xmp";

    private static readonly HashSet<string> KeptAncillaryChunks =
    [
        "gAMA", "cHRM", "sRGB", "iCCP", "cICP", "mDCv", "cLLi", "sBIT", "pHYs", "bKGD", "hIST", "tRNS", "sPLT",
        "acTL", "fcTL", "fdAT",
    ];

    public static FormatInspection Inspect(ReadOnlySpan<byte> file)
    {
        var chunks = PngChunks.Read(file);
        var findings = new FindingList();
        var inflateBudget = new InflateBudget { Remaining = MaxInflatedText };
        foreach (var chunk in chunks.Items)
        {
            if (!IsKept(chunk) && !findings.IsFull)
            {
                Report(chunk.Type, chunk.Data(file), findings, inflateBudget);
            }
        }

        chunks.ReportTrailingBytes(findings);
        return new(Format, findings.Items, chunks.ReasonNotSanitisable("PNG"));
    }

    public static void WriteSanitised(ReadOnlySpan<byte> file, Stream output)
    {
        output.Write(PngChunks.Signature);
        foreach (var chunk in PngChunks.Read(file).Items)
        {
            if (IsKept(chunk))
            {
                output.Write(chunk.Whole(file));
            }
        }
    }

    private static bool IsKept(PngChunk chunk) => chunk.IsCritical || KeptAncillaryChunks.Contains(chunk.Type);

    private static void Report(string type, ReadOnlySpan<byte> data, FindingList findings, InflateBudget inflateBudget)
    {
        switch (type)
        {
            case "eXIf":
                findings.AddSize(MetadataKind.Other, "Exif block", data.Length);
                if (!TiffMetadata.Read(data, findings))
                {
                    findings.Add(MetadataKind.Other, "Exif block", "unreadable");
                }

                break;
            case "tEXt":
                ReportText(data, findings);
                break;
            case "zTXt":
                ReportCompressedText(data, findings, inflateBudget);
                break;
            case "iTXt":
                ReportInternationalText(data, findings, inflateBudget);
                break;
            case "tIME" when data.Length == 7:
                findings.Add(
                    MetadataKind.CreationDate,
                    "PNG tIME",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{BinaryPrimitives.ReadUInt16BigEndian(data):D4}-{data[2]:D2}-{data[3]:D2} {data[4]:D2}:{data[5]:D2}:{data[6]:D2}"));
                break;
            default:
                findings.AddSize(MetadataKind.Other, $"PNG {type} chunk", data.Length);
                break;
        }
    }

    /// <summary>tEXt: a Latin-1 keyword, NUL, Latin-1 text.</summary>
    private static void ReportText(ReadOnlySpan<byte> data, FindingList findings)
    {
        if (SplitKeyword(data, out var keyword, out var text))
        {
            ReportKeyword(keyword, Encoding.Latin1.GetString(text), findings);
        }
    }

    /// <summary>zTXt: keyword, NUL, compression method (0, zlib), compressed Latin-1 text.</summary>
    private static void ReportCompressedText(ReadOnlySpan<byte> data, FindingList findings, InflateBudget inflateBudget)
    {
        if (SplitKeyword(data, out var keyword, out var rest) && rest.Length > 1 && rest[0] == 0)
        {
            ReportKeyword(keyword, Encoding.Latin1.GetString(Inflate(rest[1..], inflateBudget)), findings);
        }
    }

    /// <summary>iTXt: keyword, NUL, compression flag, method, language tag, NUL, translated keyword, NUL, UTF-8 text.</summary>
    private static void ReportInternationalText(ReadOnlySpan<byte> data, FindingList findings, InflateBudget inflateBudget)
    {
        if (!SplitKeyword(data, out var keyword, out var rest) || rest.Length < 2)
        {
            return;
        }

        var compressed = rest[0] == 1;
        rest = rest[2..];
        var languageEnd = rest.IndexOf((byte)0);
        if (languageEnd < 0)
        {
            return;
        }

        rest = rest[(languageEnd + 1)..];
        var translatedEnd = rest.IndexOf((byte)0);
        if (translatedEnd < 0)
        {
            return;
        }

        var text = rest[(translatedEnd + 1)..];
        var utf8 = compressed ? Inflate(text, inflateBudget) : text;
        if (keyword == XmpKeyword)
        {
            XmpMetadata.Read(utf8, findings);
        }
        else
        {
            ReportKeyword(keyword, Encoding.UTF8.GetString(utf8), findings);
        }
    }

    private static bool SplitKeyword(ReadOnlySpan<byte> data, out string keyword, out ReadOnlySpan<byte> rest)
    {
        var end = data[..Math.Min(data.Length, 80)].IndexOf((byte)0);
        keyword = end > 0 ? Encoding.Latin1.GetString(data[..end]) : "";
        rest = end > 0 ? data[(end + 1)..] : default;
        return end > 0;
    }

    /// <summary>The keywords of the PNG specification that name a person, a tool, a device or a time; ImageMagick's date:*.</summary>
    private static void ReportKeyword(string keyword, string text, FindingList findings)
    {
        var kind = keyword switch
        {
            "Author" or "Copyright" => MetadataKind.Author,
            "Software" => MetadataKind.Software,
            "Source" => MetadataKind.CameraModel,
            "Creation Time" => MetadataKind.CreationDate,
            _ when keyword.StartsWith("date:", StringComparison.Ordinal) => MetadataKind.CreationDate,
            _ => MetadataKind.Other,
        };
        findings.Add(kind, $"PNG text {keyword}", text);
    }

    /// <summary>Inflates what the budget leaves; corrupt data (which zlib reports as either exception) gives what came before the corruption.</summary>
    private static byte[] Inflate(ReadOnlySpan<byte> compressed, InflateBudget budget)
    {
        if (budget.Remaining <= 0)
        {
            return "(compressed text not inflated: too much in this file)"u8.ToArray();
        }

        using var source = new ZLibStream(new MemoryStream(compressed.ToArray(), writable: false), CompressionMode.Decompress);
        var inflated = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while (budget.Remaining > 0 && (read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, budget.Remaining))) > 0)
            {
                inflated.Write(buffer, 0, read);
                budget.Remaining -= read;
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // What was inflated before the corruption is still worth reporting.
        }

        return inflated.ToArray();
    }

    private sealed class InflateBudget
    {
        public long Remaining { get; set; }
    }
}
