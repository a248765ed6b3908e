namespace TipLine.Application.Evidence;

/// <summary>
/// Reads and strips identifying metadata in JPEG, PNG, PDF and Office (OOXML) files, from plaintext held only in
/// server memory or a decrypting stream. Never writes the plaintext anywhere but <c>output</c>.
/// </summary>
public static class FileMetadata
{
    /// <summary>Reports the metadata found; an unknown format gives an empty report with Format "unknown".</summary>
    public static FileMetadataReport Inspect(ReadOnlySpan<byte> content, string? fileName)
    {
        _ = content;
        _ = fileName;
        return new FileMetadataReport("unknown", [], CanSanitise: false);
    }

    /// <summary>Writes a copy without identifying metadata to <paramref name="output"/>; writes nothing when the format is not handled.</summary>
    public static SanitiseResult Sanitise(ReadOnlySpan<byte> content, string? fileName, Stream output)
    {
        _ = content;
        _ = fileName;
        ArgumentNullException.ThrowIfNull(output);
        return new SanitiseResult(false, 0, "not implemented yet");
    }
}
