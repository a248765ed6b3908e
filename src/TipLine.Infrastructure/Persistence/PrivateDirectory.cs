namespace TipLine.Infrastructure.Persistence;

/// <summary>Creates data directories readable only by the service account (0700 on Unix).</summary>
internal static class PrivateDirectory
{
    public static void Create(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
