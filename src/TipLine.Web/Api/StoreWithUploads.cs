using Mediator;
using TipLine.Application.Errors;
using TipLine.Application.Intake;

namespace TipLine.Web.Api;

/// <summary>
/// Sends a use case that stores uploaded files and answers the browser: 201 with a fixed body (its size says
/// nothing about the tip), or the first refusal in the page's language. Blobs the use case did not commit are deleted.
/// </summary>
internal static class StoreWithUploads
{
    public static async Task<IResult> SendAsync<TResponse>(HttpContext context, IMediator mediator, ICommand<TResponse> command, IReadOnlyList<UploadedCiphertext> files)
    {
        try
        {
            await mediator.Send(command, context.RequestAborted);
            return TypedResults.Json(new { stored = true }, statusCode: StatusCodes.Status201Created);
        }
        catch (RequestValidationException refused)
        {
            return ApiErrors.Problem(context, refused.Problems[0].MessageKey, StatusCodes.Status400BadRequest);
        }
        finally
        {
            // Committed blobs ignore this; uncommitted ones (a refused or failed request) are deleted.
            foreach (var file in files)
            {
                await file.Blob.DisposeAsync();
            }
        }
    }
}
