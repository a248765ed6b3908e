using Mediator;
using Microsoft.Net.Http.Headers;
using TipLine.Application.Abstractions;
using TipLine.Application.FollowUp.OpenWhistleblowerAttachment;
using TipLine.Application.FollowUp.ReadFollowUp;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;
using TipLine.Web.Api;

namespace TipLine.Web.FollowUp;

/// <summary>
/// GET /followup/files/{id} for sessions without JavaScript: the file is decrypted as it streams out, in memory,
/// never written anywhere. Sessions whose browser holds the key fetch ciphertext from the API instead.
/// </summary>
public static class FollowUpDownloads
{
    public static IEndpointRouteBuilder MapFollowUpDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/followup/files/{attachment:guid}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, Guid attachment, IMediator mediator, FollowUpSession session, IBlobStore blobs)
    {
        using var current = session.Read(context);
        if (current?.Identity is null)
        {
            return ApiErrors.Problem(context, "followup.session.expired", StatusCodes.Status401Unauthorized);
        }

        var view = await mediator.Send(new ReadFollowUp(current.TipId), context.RequestAborted);
        var found = await mediator.Send(new OpenWhistleblowerAttachment(current.TipId, attachment), context.RequestAborted);
        if (view is null || found is null)
        {
            return ApiErrors.Problem(context, "followup.file.notFound", StatusCodes.Status404NotFound);
        }

        using var opened = FollowUpPlaintext.Open(view, current.Identity);
        var files = found.MessageId is { } messageId
            ? opened.Message(view.Messages.Single(m => m.Id == messageId)).Files
            : opened.Answers(view).Files;
        var name = files.ElementAtOrDefault(found.Position)?.Name ?? "file";

        await using var ciphertext = await blobs.OpenReadAsync(found.BlobName, context.RequestAborted);
        await using var plaintext = new PaddingReadStream(AgeDecryptor.OpenDecryptingStream(ciphertext, [opened.TipKey]));
        context.Response.ContentType = "application/octet-stream";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        try
        {
            await plaintext.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        catch (AgeException)
        {
            // Headers may be gone already; abort so the browser sees a failed download, not a truncated file.
            context.Abort();
        }

        return Results.Empty;
    }
}
