namespace TipLine.Web.Intake.NoScript;

/// <summary>
/// A multipart form read by <see cref="NoScriptFormReader"/>: text fields (plaintext, in memory for this request only)
/// and files already sealed. Disposing it deletes the files' pending blobs unless a use case committed them.
/// </summary>
public sealed class NoScriptForm : IAsyncDisposable
{
    public Dictionary<string, List<string>> Fields { get; } = new(StringComparer.Ordinal);

    public List<NoScriptUpload> Files { get; } = [];

    /// <summary>Message keys of what was wrong with the form as sent (size and count limits, malformed body).</summary>
    public List<string> Problems { get; } = [];

    public string Field(string name) =>
        Fields.TryGetValue(name, out var values) && values.Count > 0 ? values[0].Trim() : string.Empty;

    public IReadOnlyList<string> Values(string name) =>
        Fields.TryGetValue(name, out var values) ? values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList() : [];

    /// <summary>Non-empty lines of a multi-line field (one URL or handle per line).</summary>
    public IReadOnlyList<string> Lines(string name) =>
        Field(name).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    public async ValueTask DisposeAsync()
    {
        foreach (var file in Files)
        {
            await file.Ciphertext.Blob.DisposeAsync().ConfigureAwait(false);
        }

        // Text fields may hold the tip in plaintext; drop the references so nothing outlives the request by accident.
        Fields.Clear();
    }
}
