using TipLine.Web.Api;

namespace TipLine.Web.Intake;

/// <summary>One chunk PUT, shared by intake and follow-up uploads.</summary>
public static class UploadChunks
{
    public static async Task<IResult> AppendAsync(HttpContext context, UploadRegistry uploads, UploadBatch batch, string file, long? offset)
    {
        if (offset is not >= 0)
        {
            return ApiErrors.Problem(context, "intake.request.malformed", StatusCodes.Status400BadRequest);
        }

        var (outcome, received) = await uploads.AppendAsync(batch, file, offset.Value, context.Request.Body, context.RequestAborted);
        return outcome switch
        {
            AppendOutcome.Appended => TypedResults.NoContent(),
            AppendOutcome.OffsetMismatch => OffsetMismatch(context, received),
            AppendOutcome.ChunkTooLarge => ApiErrors.Problem(context, "intake.upload.chunkTooLarge", StatusCodes.Status413PayloadTooLarge),
            AppendOutcome.FileTooLarge => ApiErrors.Problem(context, Application.Intake.SubmitTip.SubmitTipValidator.FileTooLarge, StatusCodes.Status413PayloadTooLarge),
            _ => ApiErrors.Problem(context, "intake.upload.unknown", StatusCodes.Status404NotFound),
        };
    }

    private static IResult OffsetMismatch(HttpContext context, long received)
    {
        var localizer = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>();
        return TypedResults.Json(
            new { error = "intake.upload.offset", message = localizer["intake.upload.offset"].Value, received },
            statusCode: StatusCodes.Status409Conflict);
    }
}
