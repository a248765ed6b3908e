using Mediator;
using Microsoft.Extensions.Localization;
using TipLine.Application.Intake;
using TipLine.Application.Intake.OpenIntakeForm;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Api;
using TipLine.Web.Resources;

namespace TipLine.Web.Intake;

/// <summary>
/// The intake API the browser's script uses when JavaScript is on (ADR 0017). It only ever receives ciphertext,
/// public keys and a lookup hash. Responses have a fixed shape, so their size says nothing about the tip.
/// </summary>
public static class IntakeApi
{
    private const long MaximumTipRequestBytes = 4L * 1024 * 1024;

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/intake/{channel}/submissions", OpenSubmissionAsync);
        endpoints.MapPost("/api/intake/submissions/{submission}/files", AddFileAsync);
        endpoints.MapPut("/api/intake/submissions/{submission}/files/{file}", AppendChunkAsync);
        endpoints.MapPost("/api/intake/submissions/{submission}/tip", StoreTipAsync);
        return endpoints;
    }

    private static async Task<IResult> OpenSubmissionAsync(
        HttpContext context, string channel, IMediator mediator, ProofOfWorkService proofOfWork, UploadRegistry uploads)
    {
        var form = await mediator.Send(new OpenIntakeForm(channel), context.RequestAborted);
        if (form is null)
        {
            return ApiErrors.Problem(context, SubmitTipValidator.ChannelNotFound, StatusCodes.Status404NotFound);
        }

        if (form.Recipients.Count == 0)
        {
            return ApiErrors.Problem(context, SubmitTipValidator.ChannelHasNoRecipients, StatusCodes.Status409Conflict);
        }

        var answer = await ApiJson.ReadAsync<OpenSubmissionRequest>(context.Request, 4096);
        var verdict = proofOfWork.Redeem(ProofOfWorkPurpose.Submit, answer?.Challenge, answer?.Nonce);
        if (verdict != ProofOfWorkVerdict.Accepted)
        {
            return ApiErrors.Problem(context, ApiErrors.KeyOf(verdict), StatusCodes.Status400BadRequest);
        }

        var batch = uploads.OpenIntakeBatch(form.Slug, form.MaximumFiles, SubmitTipLimits.MaximumFileCiphertextBytes(form.MaximumFileBytes));
        if (batch is null)
        {
            return ApiErrors.Problem(context, "service.busy", StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok(new
        {
            submission = batch.Key,
            maximumFileBytes = form.MaximumFileBytes,
            maximumFiles = form.MaximumFiles,
            chunkBytes = uploads.ChunkBytes,
        });
    }

    private static async Task<IResult> AddFileAsync(HttpContext context, string submission, UploadRegistry uploads)
    {
        var batch = uploads.FindIntakeBatch(submission);
        if (batch is null)
        {
            return ApiErrors.Problem(context, "intake.submission.unknown", StatusCodes.Status404NotFound);
        }

        var upload = await uploads.AddFileAsync(batch, context.RequestAborted);
        return upload is null
            ? ApiErrors.Problem(context, SubmitTipValidator.TooManyFiles, StatusCodes.Status400BadRequest)
            : TypedResults.Ok(new { file = upload.Id });
    }

    private static async Task<IResult> AppendChunkAsync(HttpContext context, string submission, string file, long? offset, UploadRegistry uploads)
    {
        var batch = uploads.FindIntakeBatch(submission);
        if (batch is null)
        {
            return ApiErrors.Problem(context, "intake.submission.unknown", StatusCodes.Status404NotFound);
        }

        return await UploadChunks.AppendAsync(context, uploads, batch, file, offset);
    }

    private static async Task<IResult> StoreTipAsync(
        HttpContext context, string submission, IMediator mediator, UploadRegistry uploads, IStringLocalizer<SharedResource> localizer)
    {
        var batch = uploads.FindIntakeBatch(submission);
        if (batch is null)
        {
            return ApiErrors.Problem(context, "intake.submission.unknown", StatusCodes.Status404NotFound);
        }

        var request = await ApiJson.ReadAsync<StoreTipRequest>(context.Request, MaximumTipRequestBytes);
        var lookupHash = ApiJson.Hex(request?.LookupHash, 32);
        if (request?.LookupHash is not null && lookupHash is null)
        {
            // Refused before the files are taken, so the submission (and its uploads) can still be used.
            return ApiErrors.Problem(context, SubmitTipValidator.LookupHashInvalid, StatusCodes.Status400BadRequest);
        }

        var answers = ApiJson.Base64(request?.Answers, SubmitTipLimits.MaximumAnswersCiphertextBytes);
        var wraps = request?.Wraps?.Select(w => new ClientKeyWrap(w?.Recipient ?? string.Empty, ApiJson.Base64(w?.Wrap, SubmitTipLimits.MaximumWrapBytes) ?? [])).ToList();
        if (request is null || lookupHash is null || answers is null || wraps is null || request.Files is null)
        {
            return ApiErrors.Problem(context, "intake.request.malformed", StatusCodes.Status400BadRequest);
        }

        var files = await uploads.TakeAsync(batch, request.Files, context.RequestAborted);
        if (files is null)
        {
            return ApiErrors.Problem(context, "intake.upload.unknown", StatusCodes.Status400BadRequest);
        }

        var command = new SubmitTip(
            batch.ChannelSlug!,
            request.TipRecipient ?? string.Empty,
            request.WhistleblowerRecipient ?? string.Empty,
            lookupHash,
            answers,
            wraps,
            files,
            Acknowledgement.Text(localizer));
        return await StoreWithUploads.SendAsync(context, mediator, command, files);
    }
}
