using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Web.Intake.NoScript;

/// <summary>
/// Reads a multipart form as it streams in, for people without JavaScript. Each file goes straight through padding
/// and age encryption to the tip key into a temporary blob: no plaintext byte reaches the disk, and no file is held
/// whole in memory. Text fields are held in memory only, bounded in size and number.
/// </summary>
public sealed class NoScriptFormReader(IBlobStore blobs)
{
    public const string BodyMalformed = "nojs.form.malformed";
    public const string FieldTooLong = "nojs.field.tooLong";
    public const int MaximumFieldBytes = 64 * 1024;
    public const int MaximumFields = 200;
    private const int MaximumNameLength = 255;
    private const int MaximumTypeLength = 127;

    /// <summary>
    /// Reads the whole request body. Problems (too many or too large files, oversized fields) are collected rather
    /// than thrown, and the rest of the body is still read and discarded, so the browser receives the error page
    /// instead of a reset connection.
    /// </summary>
    /// <remarks>A form that carries no files (the receipt login) passes a null <paramref name="tipRecipient"/>: any file is then refused.</remarks>
    public async Task<NoScriptForm> ReadAsync(HttpRequest request, X25519Recipient? tipRecipient, int maximumFiles, long maximumFileBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = new NoScriptForm();
        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = (maximumFiles * (maximumFileBytes + (64 * 1024))) + (MaximumFields * (long)MaximumFieldBytes);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            form.Problems.Add(BodyMalformed);
            return form;
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        try
        {
            var fieldCount = 0;
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    form.Problems.Add(BodyMalformed);
                    await DrainAsync(section.Body, cancellationToken).ConfigureAwait(false);
                }
                else if (disposition.IsFileDisposition())
                {
                    await ReadFileAsync(form, section, disposition, tipRecipient, maximumFiles, maximumFileBytes, cancellationToken).ConfigureAwait(false);
                }
                else if (++fieldCount > MaximumFields)
                {
                    form.Problems.Add(BodyMalformed);
                    await DrainAsync(section.Body, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ReadFieldAsync(form, section, HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception error) when (error is InvalidDataException or IOException)
        {
            // A truncated or malformed multipart body (or a body over Kestrel's limit): nothing of it is kept.
            form.Problems.Add(BodyMalformed);
        }

        return form;
    }

    private static async Task ReadFieldAsync(NoScriptForm form, MultipartSection section, string name, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaximumFieldBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await section.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length > MaximumFieldBytes)
        {
            form.Problems.Add(FieldTooLong);
            await DrainAsync(section.Body, cancellationToken).ConfigureAwait(false);
            return;
        }

        var value = Encoding.UTF8.GetString(buffer, 0, length).Replace("\r\n", "\n", StringComparison.Ordinal);
        Array.Clear(buffer);
        if (!form.Fields.TryGetValue(name, out var values))
        {
            values = [];
            form.Fields[name] = values;
        }

        values.Add(value);
    }

    private async Task ReadFileAsync(
        NoScriptForm form,
        MultipartSection section,
        ContentDispositionHeaderValue disposition,
        X25519Recipient? tipRecipient,
        int maximumFiles,
        long maximumFileBytes,
        CancellationToken cancellationToken)
    {
        var fileName = CleanFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
        if (fileName.Length == 0)
        {
            // Browsers send an empty, nameless part when no file was chosen.
            await DrainAsync(section.Body, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (tipRecipient is null || form.Files.Count >= maximumFiles)
        {
            form.Problems.Add(SubmitTipValidator.TooManyFiles);
            await DrainAsync(section.Body, cancellationToken).ConfigureAwait(false);
            return;
        }

        var blob = await blobs.CreateAsync(cancellationToken).ConfigureAwait(false);
        var sink = new CiphertextSinkStream(blob, SubmitTipLimits.MaximumFileCiphertextBytes(maximumFileBytes));
        var encrypting = AgeEncryptor.CreateEncryptingStream(sink, [tipRecipient], armor: false, leaveOpen: true);
        var padding = new PaddingWriteStream(encrypting, leaveOpen: true);
        var plaintextLength = 0L;
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await section.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                plaintextLength += read;
                if (plaintextLength > maximumFileBytes)
                {
                    form.Problems.Add(SubmitTipValidator.FileTooLarge);
                    await AbandonAsync(blob, padding, encrypting, sink).ConfigureAwait(false);
                    await DrainAsync(section.Body, cancellationToken).ConfigureAwait(false);
                    return;
                }

                await padding.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            await padding.DisposeAsync().ConfigureAwait(false);
            await encrypting.DisposeAsync().ConfigureAwait(false);
            var ciphertext = await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
            await sink.DisposeAsync().ConfigureAwait(false);
            var type = section.ContentType is { Length: > 0 and <= MaximumTypeLength } t && !t.Any(char.IsControl) ? t : "application/octet-stream";
            form.Files.Add(new NoScriptUpload(new AttachmentDescription(fileName, type, plaintextLength), ciphertext));
        }
        catch
        {
            await AbandonAsync(blob, padding, encrypting, sink).ConfigureAwait(false);
            throw;
        }
        finally
        {
            Array.Clear(buffer);
        }
    }

    // Deletes the temporary blob first, so disposing the streams (which would write padding) fails fast instead of writing.
    private static async Task AbandonAsync(IPendingBlob blob, Stream padding, Stream encrypting, Stream sink)
    {
        await blob.DisposeAsync().ConfigureAwait(false);
        foreach (var stream in new[] { padding, encrypting, sink })
        {
            try
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private static async Task DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }

    /// <summary>The last path segment, without control characters, bounded: browsers may send "C:\...\photo.jpg".</summary>
    private static string CleanFileName(string? raw)
    {
        var name = (raw ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length > MaximumNameLength ? name[..MaximumNameLength] : name;
    }
}
