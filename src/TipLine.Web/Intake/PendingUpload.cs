namespace TipLine.Web.Intake;

/// <summary>One file being uploaded in chunks into a temporary blob.</summary>
public sealed class PendingUpload(string id, CiphertextSinkStream sink) : IAsyncDisposable
{
    public string Id { get; } = id;

    public CiphertextSinkStream Sink { get; } = sink;

    public long Received => Sink.Length;

    public async ValueTask DisposeAsync()
    {
        await Sink.Blob.DisposeAsync().ConfigureAwait(false);
        await Sink.DisposeAsync().ConfigureAwait(false);
    }
}
