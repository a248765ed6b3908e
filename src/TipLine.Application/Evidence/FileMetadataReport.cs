namespace TipLine.Application.Evidence;

/// <summary>
/// What a file says about who made it, where and when: GPS position, camera serial, author, software, creation dates.
/// Shown to staff with a warning before evidence leaves TipLine, because such metadata can identify a whistleblower.
/// </summary>
public sealed record FileMetadataReport(string Format, IReadOnlyList<MetadataFinding> Findings, bool CanSanitise)
{
    /// <summary>True when any finding could identify or locate a person (GPS, serial, author, ...).</summary>
    public bool HasIdentifyingMetadata => Findings.Any(f => f.Kind != MetadataKind.Other);

    public bool HasGpsPosition => Findings.Any(f => f.Kind == MetadataKind.GpsPosition);
}

/// <summary>One metadata item found in a file; <see cref="Value"/> is untrusted text from the file and must be encoded when shown.</summary>
public sealed record MetadataFinding(MetadataKind Kind, string Field, string Value);

public enum MetadataKind
{
    GpsPosition = 1,
    CameraSerial = 2,
    CameraModel = 3,
    Author = 4,
    Software = 5,
    CreationDate = 6,
    Other = 7,
}
