using System.Text;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Privacy;

/// <summary>Reads what the server wrote while it may still be writing, and searches it for planted values.</summary>
internal static class WrittenFiles
{
    /// <summary>Waits (up to 10 s) for the server's log file to contain <paramref name="text"/>, proving it is the live log.</summary>
    public static async Task<bool> LogEventuallyContainsAsync(TipLineServer server, string text)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (File.Exists(server.LogFile) && Encoding.UTF8.GetString(await ReadSharedAsync(server.LogFile)).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>The whole file, opened without disturbing the server that holds it open.</summary>
    public static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>True when <paramref name="needle"/> occurs as UTF-8 or UTF-16 (SQLite stores either).</summary>
    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0;
}
