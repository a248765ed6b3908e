using Mediator;
using TipLine.Application.FollowUp.OpenWhistleblowerAttachment;
using TipLine.Application.FollowUp.ReadReplyLimits;
using TipLine.Application.FollowUp.ReplyAsWhistleblower;
using TipLine.Application.FollowUp.SignInWithReceipt;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Application.Abstractions;
using TipLine.Crypto.Receipts;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Api;
using TipLine.Web.Intake;

namespace TipLine.Web.FollowUp;

/// <summary>
/// Follow-up for browsers that hold the whistleblower's key (JavaScript on): the server sends ciphertext and
/// receives ciphertext. The login costs a proof of work whether or not the receipt is right.
/// </summary>
public static class FollowUpApi
{
    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/followup/login", LoginAsync);
        endpoints.MapGet("/api/followup/files/{attachment:guid}", DownloadCiphertextAsync);
        endpoints.MapPost("/api/followup/files", AddFileAsync);
        endpoints.MapPut("/api/followup/files/{file}", AppendChunkAsync);
        endpoints.MapPost("/api/followup/messages", ReplyAsync);
        endpoints.MapFollowUpRewardApi();
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(HttpContext context, IMediator mediator, ProofOfWorkService proofOfWork, FollowUpSession session)
    {
        var request = await ApiJson.ReadAsync<ReceiptLoginRequest>(context.Request, 4096);
        var verdict = proofOfWork.Redeem(ProofOfWorkPurpose.Login, request?.Challenge, request?.Nonce);
        if (verdict != ProofOfWorkVerdict.Accepted)
        {
            return ApiErrors.Problem(context, ApiErrors.KeyOf(verdict), StatusCodes.Status400BadRequest);
        }

        var secret = ApiJson.Hex(request?.LookupSecret, 32);
        if (secret is null)
        {
            return ApiErrors.Problem(context, "followup.receipt.notRecognised", StatusCodes.Status400BadRequest);
        }

        var tipId = await mediator.Send(new SignInWithReceipt(ReceiptKeys.LookupHashOf(secret)), context.RequestAborted);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(secret);
        if (tipId is null)
        {
            return ApiErrors.Problem(context, "followup.receipt.notRecognised", StatusCodes.Status400BadRequest);
        }

        session.SignIn(context, tipId.Value, identity: null);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DownloadCiphertextAsync(HttpContext context, Guid attachment, IMediator mediator, FollowUpSession session, IBlobStore blobs)
    {
        using var current = session.Read(context);
        if (current is null)
        {
            return ApiErrors.Problem(context, "followup.session.expired", StatusCodes.Status401Unauthorized);
        }

        var found = await mediator.Send(new OpenWhistleblowerAttachment(current.TipId, attachment), context.RequestAborted);
        if (found is null)
        {
            return ApiErrors.Problem(context, "followup.file.notFound", StatusCodes.Status404NotFound);
        }

        var stream = await blobs.OpenReadAsync(found.BlobName, context.RequestAborted);
        return TypedResults.Stream(stream, "application/octet-stream");
    }

    private static async Task<IResult> AddFileAsync(HttpContext context, IMediator mediator, FollowUpSession session, UploadRegistry uploads)
    {
        using var current = session.Read(context);
        if (current is null)
        {
            return ApiErrors.Problem(context, "followup.session.expired", StatusCodes.Status401Unauthorized);
        }

        var limits = await mediator.Send(new ReadReplyLimits(current.TipId), context.RequestAborted);
        var batch = uploads.OpenFollowUpBatch(current.TipId, limits.MaximumFiles, SubmitTipLimits.MaximumFileCiphertextBytes(limits.MaximumFileBytes));
        var upload = await uploads.AddFileAsync(batch, context.RequestAborted);
        return upload is null
            ? ApiErrors.Problem(context, SubmitTipValidator.TooManyFiles, StatusCodes.Status400BadRequest)
            : TypedResults.Ok(new { file = upload.Id, chunkBytes = uploads.ChunkBytes });
    }

    private static async Task<IResult> AppendChunkAsync(HttpContext context, string file, long? offset, FollowUpSession session, UploadRegistry uploads)
    {
        using var current = session.Read(context);
        if (current is null)
        {
            return ApiErrors.Problem(context, "followup.session.expired", StatusCodes.Status401Unauthorized);
        }

        // After a restart or an idle expiry the session is still good but its uploads are gone.
        var batch = uploads.FindFollowUpBatch(current.TipId);
        if (batch is null)
        {
            return ApiErrors.Problem(context, "intake.upload.unknown", StatusCodes.Status404NotFound);
        }

        return await UploadChunks.AppendAsync(context, uploads, batch, file, offset);
    }

    private static async Task<IResult> ReplyAsync(HttpContext context, IMediator mediator, FollowUpSession session, UploadRegistry uploads)
    {
        using var current = session.Read(context);
        if (current is null)
        {
            return ApiErrors.Problem(context, "followup.session.expired", StatusCodes.Status401Unauthorized);
        }

        try
        {
            var request = await ApiJson.ReadAsync<ReplyRequest>(context.Request, 4L * 1024 * 1024);
            var body = ApiJson.Base64(request?.Body, SubmitTipLimits.MaximumMessageCiphertextBytes);
            if (request is null || body is null)
            {
                return ApiErrors.Problem(context, "intake.request.malformed", StatusCodes.Status400BadRequest);
            }

            var fileIds = request.Files ?? [];
            var batch = uploads.FindFollowUpBatch(current.TipId);
            var files = fileIds.Count == 0 ? [] : batch is null ? null : await uploads.TakeAsync(batch, fileIds, context.RequestAborted);
            if (files is null)
            {
                return ApiErrors.Problem(context, "intake.upload.unknown", StatusCodes.Status400BadRequest);
            }

            return await StoreWithUploads.SendAsync(context, mediator, new ReplyAsWhistleblower(current.TipId, body, files), files);
        }
        finally
        {
            // Each reply attempt ends its batch: files it did not name (left by a failed earlier attempt) are deleted,
            // so a retry starts from an empty batch instead of running into the file limit.
            await uploads.DiscardFollowUpBatchAsync(current.TipId);
        }
    }
}
