using System.Globalization;
using System.Text;
using TipLine.Application.Evidence.Exif;
using TipLine.Application.Evidence.Xmp;

namespace TipLine.Application.Evidence.Jpeg;

/// <summary>
/// JPEG: Exif (APP1), XMP (APP1), Photoshop/IPTC (APP13), comments and any other application segment are reported,
/// and the sanitised copy keeps only what decoding needs (JFIF without its thumbnail, the ICC profile, Adobe's colour
/// transform, tables, frame and scans). The Exif orientation goes with Exif: a photo taken sideways may then show
/// sideways, which is accepted as the price of dropping the whole Exif block rather than editing it.
/// </summary>
internal static class JpegMetadata
{
    public const string Format = "jpeg";

    private static ReadOnlySpan<byte> ExifSignature => "Exif\0\0"u8;

    private static ReadOnlySpan<byte> XmpSignature => "http://ns.adobe.com/xap/1.0/\0"u8;

    private static ReadOnlySpan<byte> ExtendedXmpSignature => "http://ns.adobe.com/xmp/extension/\0"u8;

    private static ReadOnlySpan<byte> JfifSignature => "JFIF\0"u8;

    private static ReadOnlySpan<byte> IccSignature => "ICC_PROFILE\0"u8;

    private static ReadOnlySpan<byte> AdobeSignature => "Adobe"u8;

    /// <summary>The JFIF header up to the thumbnail size: "JFIF\0", version, density units, X and Y density.</summary>
    private const int JfifHeaderLength = 12;

    /// <summary>Adobe's APP14 is "Adobe", a version, two flag words and the colour transform: nothing else fits in it.</summary>
    private const int AdobePayloadLength = 12;

    public static FormatInspection Inspect(ReadOnlySpan<byte> file)
    {
        var segments = JpegSegments.Read(file);
        var findings = new FindingList();
        foreach (var segment in segments.Items.TakeWhile(_ => !findings.IsFull))
        {
            Report(file, segment, findings);
        }

        segments.ReportTrailingBytes(findings);
        return new(Format, findings.Items, segments.ReasonNotSanitisable("JPEG"));
    }

    /// <summary>Writes the segments decoding needs, in order; called only on a file <see cref="Inspect"/> found well-formed.</summary>
    public static void WriteSanitised(ReadOnlySpan<byte> file, Stream output)
    {
        foreach (var segment in JpegSegments.Read(file).Items)
        {
            if (IsJfif(file, segment))
            {
                WriteJfifWithoutThumbnail(segment.Payload(file), output);
            }
            else if (IsKept(file, segment))
            {
                output.Write(segment.Whole(file));
            }
        }
    }

    private static void Report(ReadOnlySpan<byte> file, JpegSegment segment, FindingList findings)
    {
        var payload = segment.Payload(file);
        if (IsJfif(file, segment))
        {
            if (payload.Length > JfifHeaderLength + 1 && payload[JfifHeaderLength] * payload[JfifHeaderLength + 1] > 0)
            {
                findings.Add(MetadataKind.Other, "JFIF thumbnail image", "present");
            }
        }
        else if (IsKept(file, segment))
        {
            return;
        }
        else if (segment.Marker == JpegSegment.App1 && payload.StartsWith(ExifSignature))
        {
            findings.AddSize(MetadataKind.Other, "Exif block", payload.Length);
            if (!TiffMetadata.Read(payload[ExifSignature.Length..], findings))
            {
                findings.Add(MetadataKind.Other, "Exif block", "unreadable");
            }
        }
        else if (segment.Marker == JpegSegment.App1 && payload.StartsWith(XmpSignature))
        {
            XmpMetadata.Read(payload[XmpSignature.Length..], findings);
        }
        else if (segment.Marker == JpegSegment.App1 && payload.StartsWith(ExtendedXmpSignature))
        {
            findings.AddSize(MetadataKind.Other, "Extended XMP packet", payload.Length);
        }
        else if (segment.Marker == JpegSegment.App13 && payload.StartsWith(PhotoshopIptc.Signature))
        {
            PhotoshopIptc.Read(payload, findings);
        }
        else if (segment.Marker == JpegSegment.Comment)
        {
            findings.Add(MetadataKind.Other, "JPEG comment", Encoding.UTF8.GetString(payload));
        }
        else
        {
            findings.Add(MetadataKind.Other, SegmentName(segment.Marker), Identifier(payload));
        }
    }

    /// <summary>What decoding needs: frames, tables, scans, restarts, the end; the ICC profile and Adobe's transform for colour.</summary>
    private static bool IsKept(ReadOnlySpan<byte> file, JpegSegment segment)
    {
        var payload = segment.Payload(file);
        return segment.Marker switch
        {
            >= 0xC0 and <= 0xDF => true,
            JpegSegment.App2 => payload.StartsWith(IccSignature),
            JpegSegment.App14 => payload.Length == AdobePayloadLength && payload.StartsWith(AdobeSignature),
            _ => false,
        };
    }

    private static bool IsJfif(ReadOnlySpan<byte> file, JpegSegment segment) =>
        segment.Marker == JpegSegment.App0 && segment.PayloadLength >= JfifHeaderLength && segment.Payload(file).StartsWith(JfifSignature);

    /// <summary>JFIF may carry an uncompressed thumbnail, which can show what a crop removed; the copy says 0x0.</summary>
    private static void WriteJfifWithoutThumbnail(ReadOnlySpan<byte> payload, Stream output)
    {
        Span<byte> segment = stackalloc byte[4 + JfifHeaderLength + 2];
        segment[0] = 0xFF;
        segment[1] = JpegSegment.App0;
        segment[2] = 0;
        segment[3] = (byte)(2 + JfifHeaderLength + 2);
        payload[..JfifHeaderLength].CopyTo(segment[4..]);
        output.Write(segment);
    }

    private static string SegmentName(byte marker) => marker switch
    {
        >= JpegSegment.App0 and <= 0xEF => string.Create(CultureInfo.InvariantCulture, $"APP{marker - JpegSegment.App0} segment"),
        _ => string.Create(CultureInfo.InvariantCulture, $"JPEG marker 0x{marker:X2} segment"),
    };

    /// <summary>Application segments start with a NUL-terminated name ("MPF", "FPXR", "Ducky"...), shown to say what was dropped.</summary>
    private static string Identifier(ReadOnlySpan<byte> payload)
    {
        var name = payload[..Math.Min(payload.Length, 32)];
        var end = name.IndexOf((byte)0);
        var text = Encoding.ASCII.GetString(end < 0 ? name : name[..end]);
        return string.Create(CultureInfo.InvariantCulture, $"\"{text}\", {payload.Length} bytes");
    }
}
