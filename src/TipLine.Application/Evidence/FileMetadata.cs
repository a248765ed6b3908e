using TipLine.Application.Evidence.Jpeg;
using TipLine.Application.Evidence.Office;
using TipLine.Application.Evidence.Pdf;
using TipLine.Application.Evidence.Png;

namespace TipLine.Application.Evidence;

/// <summary>
/// Reads and strips identifying metadata in JPEG, PNG, PDF and Office (OOXML) files, from plaintext held only in
/// server memory or a decrypting stream. Never writes the plaintext anywhere but <c>output</c>.
/// </summary>
/// <remarks>
/// The format is told by the content, never by <c>fileName</c>: a whistleblower's file name (or an attacker's) may
/// say anything. Every length, count and offset in a file is checked against the bytes there are, so any input gives
/// a report or a refusal to sanitise, in time and memory proportional to its size.
/// </remarks>
public static class FileMetadata
{
    /// <summary>Reports the metadata found; an unknown format gives an empty report with Format "unknown".</summary>
    public static FileMetadataReport Inspect(ReadOnlySpan<byte> content, string? fileName)
    {
        _ = fileName;
        return InspectFormat(content).ToReport();
    }

    /// <summary>Writes a copy without identifying metadata to <paramref name="output"/>; writes nothing when the format is not handled.</summary>
    /// <remarks>
    /// The copy is made in memory and inspected again before any byte reaches <paramref name="output"/>: if it still
    /// shows identifying metadata, nothing is written. <see cref="SanitiseResult.ItemsRemoved"/> counts the findings
    /// that the copy no longer has.
    /// </remarks>
    public static SanitiseResult Sanitise(ReadOnlySpan<byte> content, string? fileName, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _ = fileName;
        var original = InspectFormat(content);
        if (original.ReasonNotSanitisable is { } reason)
        {
            return new SanitiseResult(false, 0, reason);
        }

        using var copy = new MemoryStream();
        if (WriteSanitised(original.Format, content, copy) is { } failure)
        {
            return new SanitiseResult(false, 0, failure);
        }

        var sanitised = InspectFormat(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        if (sanitised.Format != original.Format || sanitised.ReasonNotSanitisable is not null || sanitised.ToReport().HasIdentifyingMetadata)
        {
            return new SanitiseResult(false, 0, "the sanitised copy still showed identifying metadata");
        }

        copy.WriteTo(output);
        return new SanitiseResult(true, original.Findings.Count - sanitised.Findings.Count, null);
    }

    private static FormatInspection InspectFormat(ReadOnlySpan<byte> content)
    {
        if (JpegSegments.Matches(content))
        {
            return JpegMetadata.Inspect(content);
        }

        if (PngChunks.Matches(content))
        {
            return PngMetadata.Inspect(content);
        }

        if (PdfMetadata.Matches(content))
        {
            return PdfMetadata.Inspect(content);
        }

        return OfficeMetadata.Matches(content) && OfficeMetadata.Inspect(content) is { } office ? office : FormatInspection.NotHandled;
    }

    private static string? WriteSanitised(string format, ReadOnlySpan<byte> content, Stream output)
    {
        switch (format)
        {
            case JpegMetadata.Format:
                JpegMetadata.WriteSanitised(content, output);
                return null;
            case PngMetadata.Format:
                PngMetadata.WriteSanitised(content, output);
                return null;
            case PdfMetadata.Format:
                PdfMetadata.WriteSanitised(content, output);
                return null;
            case OfficeMetadata.Format:
                return OfficeMetadata.WriteSanitised(content, output);
            default:
                return FormatInspection.NotHandled.ReasonNotSanitisable;
        }
    }
}
