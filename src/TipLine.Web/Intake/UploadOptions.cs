namespace TipLine.Web.Intake;

/// <summary>Limits of chunked browser uploads ("TipLine:Uploads").</summary>
public sealed class UploadOptions
{
    /// <summary>Largest chunk a browser may send in one request; bounds what one request holds in flight.</summary>
    public int ChunkBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>An upload batch untouched this long is abandoned and its temporary files deleted.</summary>
    public int IdleMinutes { get; set; } = 120;

    /// <summary>Unfinished submissions held at once; beyond this new ones are refused (disk and memory bound).</summary>
    public int MaximumOpenBatches { get; set; } = 500;
}
