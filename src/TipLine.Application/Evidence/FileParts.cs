namespace TipLine.Application.Evidence;

/// <summary>
/// The parts of a chunked file (JPEG segments, PNG chunks) up to its end marker, the bytes left after that marker,
/// and why the structure could not be followed to the end (null when it could).
/// </summary>
internal sealed record FileParts<TPart>(IReadOnlyList<TPart> Items, int TrailingBytes, string? Malformed)
{
    /// <summary>Data after the end marker is no part of the image: tools and phones leave things there.</summary>
    public void ReportTrailingBytes(FindingList findings)
    {
        if (TrailingBytes > 0)
        {
            findings.AddSize(MetadataKind.Other, "Data after the end of the image", TrailingBytes);
        }
    }

    /// <summary>A file whose structure could not be followed to its end cannot be copied part by part.</summary>
    public string? ReasonNotSanitisable(string format) => Malformed is { } malformed ? $"malformed {format}: {malformed}" : null;
}
