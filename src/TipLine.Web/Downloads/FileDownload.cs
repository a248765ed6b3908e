using System.Globalization;
using Microsoft.Net.Http.Headers;
using TipLine.Application.Abstractions;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Web.Downloads;

/// <summary>
/// Sends a file from a tip so that a browser can only save it, never render it: application/octet-stream, an
/// attachment disposition and nosniff. A whistleblower's HTML or SVG must not run in TipLine's origin, whoever opens it.
/// </summary>
internal static class FileDownload
{
    private const int LongestName = 150;
    private const int LongestExtension = 16;
    private const string Unnamed = "file";

    /// <summary>Decrypts the blob as it streams out, in memory only; a file that fails to decrypt aborts the response rather than arriving truncated.</summary>
    public static async Task SendDecryptedAsync(HttpContext context, IBlobStore blobs, string blobName, X25519Identity tipKey, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(blobs);
        await using var ciphertext = await blobs.OpenReadAsync(blobName, context.RequestAborted);
        await using var plaintext = new PaddingReadStream(AgeDecryptor.OpenDecryptingStream(ciphertext, [tipKey]));
        PrepareResponse(context.Response, fileName);
        try
        {
            await plaintext.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        catch (Exception ex) when (ex is AgeException or MalformedPaddingException)
        {
            // Headers may be gone already; abort so the browser sees a failed download, not a truncated file.
            context.Abort();
        }
    }

    public static async Task SendAsync(HttpContext context, ReadOnlyMemory<byte> content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        PrepareResponse(context.Response, fileName);
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    /// <summary>
    /// The sender's file name made safe to suggest for saving: no directories, no control or bidirectional-override
    /// characters (which can disguise "gpj.exe" as "exe.jpg"), none of the characters file systems refuse, bounded length.
    /// </summary>
    public static string SafeFileName(string? name)
    {
        var lastPart = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var cleaned = new string(lastPart.Select(c => IsUnsafe(c) ? '_' : c).ToArray()).Trim().Trim('.');
        if (cleaned.Length > LongestName)
        {
            var extension = Path.GetExtension(cleaned);
            extension = extension.Length <= LongestExtension ? extension : string.Empty;
            cleaned = Truncate(cleaned, LongestName - extension.Length) + extension;
        }

        return cleaned.Trim('_').Length == 0 ? Unnamed : cleaned;
    }

    public static void PrepareResponse(HttpResponse response, string fileName)
    {
        response.ContentType = "application/octet-stream";
        response.Headers.XContentTypeOptions = "nosniff";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(SafeFileName(fileName));
        response.Headers.ContentDisposition = disposition.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal);

    private static string Truncate(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
