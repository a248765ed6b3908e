using System.Runtime.InteropServices;

namespace TipLine.Infrastructure.Blobs;

/// <summary>fsyncs a directory on Linux so a rename into it survives power loss; .NET offers no managed way to do this.</summary>
internal static partial class DirectorySync
{
    private const int ReadOnlyDirectoryFlags = 0x10000; // O_RDONLY | O_DIRECTORY on Linux

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var descriptor = Open(directory, ReadOnlyDirectoryFlags);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open the blob directory for fsync (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"fsync of the blob directory failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
