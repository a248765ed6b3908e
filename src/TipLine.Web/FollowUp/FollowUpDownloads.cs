using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.FollowUp.OpenWhistleblowerAttachment;
using TipLine.Application.FollowUp.ReadFollowUp;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Tips;
using TipLine.Web.Api;
using TipLine.Web.Downloads;

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
        var messageCiphertext = found.MessageId is { } messageId ? view.Messages.Single(m => m.Id == messageId).BodyCiphertext : null;
        var description = AttachmentDescription.Find(opened.TipKey, view.AnswersCiphertext, messageCiphertext, found.Position);
        await FileDownload.SendDecryptedAsync(context, blobs, found.BlobName, opened.TipKey, TipAttachmentFiles.NameOf(description));
        return Results.Empty;
    }
}
