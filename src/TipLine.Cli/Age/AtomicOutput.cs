namespace TipLine.Cli.Age;

/// <summary>
/// An -o destination written to a temporary file beside it and renamed into place only on success,
/// so a failed decryption never leaves partial plaintext under the requested name.
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private readonly string? path;
    private readonly string? temporaryPath;
    private readonly FileStream? file;
    private bool committed;

    public AtomicOutput(string? path, Stream standardOutput, UnixFileMode mode)
    {
        this.path = path;
        if (path is null || path == "-")
        {
            this.path = null;
            Stream = standardOutput;
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        temporaryPath = Path.Combine(directory, $".{Path.GetFileName(path)}.tipline-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        file = new FileStream(temporaryPath, options);
        Stream = file;
    }

    public Stream Stream { get; }

    public void Commit()
    {
        Stream.Flush();
        if (file is not null)
        {
            file.Dispose();
            File.Move(temporaryPath!, path!, overwrite: true);
        }

        committed = true;
    }

    public void Dispose()
    {
        if (file is not null && !committed)
        {
            file.Dispose();
            File.Delete(temporaryPath!);
        }
    }
}
