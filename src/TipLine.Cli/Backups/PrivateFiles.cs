namespace TipLine.Cli.Backups;

/// <summary>Files and directories that only the service account may read (0600 / 0700 on Unix): snapshots hold plaintext.</summary>
internal static class PrivateFiles
{
    private const UnixFileMode FileMode600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FileMode600 | UnixFileMode.UserExecute);
        }
    }

    /// <summary>A new, empty, uniquely named file beside <paramref name="directory"/>'s other files, hidden by a leading dot.</summary>
    public static string CreateTemporary(string directory, string suffix)
    {
        CreateDirectory(directory);
        var path = Path.Combine(directory, $".tipline-{Guid.NewGuid():N}{suffix}");
        using (Create(path))
        {
        }

        return path;
    }

    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode600;
        }

        return new FileStream(path, options);
    }

    public static void DeleteQuietly(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort in a finally block; the original failure matters more than a leftover temp file.
        }
    }
}
