namespace TipLine.Application.Evidence;

/// <summary>What one format's reader found, and why a sanitised copy cannot be made (null when it can).</summary>
internal sealed record FormatInspection(string Format, IReadOnlyList<MetadataFinding> Findings, string? ReasonNotSanitisable)
{
    public const string Unknown = "unknown";

    public static FormatInspection NotHandled { get; } = new(Unknown, [], "the file format is not one TipLine can sanitise");

    public FileMetadataReport ToReport() => new(Format, Findings, CanSanitise: ReasonNotSanitisable is null);
}
