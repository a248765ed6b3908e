using Mediator;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Claims.ContestDetermination;
using TipLine.Application.Rewards.Claims.FileRewardClaim;
using TipLine.Domain.Rewards;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Api;
using TipLine.Web.Resources;

namespace TipLine.Web.FollowUp;

/// <summary>
/// Claims and contests from browsers that seal them themselves (JavaScript on): the body carries only the claim's
/// kind, the notice or claim id and the age file. The tip comes from the follow-up session, never from the body.
/// </summary>
public static class FollowUpRewardApi
{
    // The base64 of the largest accepted age file, plus the JSON around it.
    private const long MaximumBodyBytes = (ClaimContent.MaximumCiphertextBytes * 4L / 3) + 4096;

    public static IEndpointRouteBuilder MapFollowUpRewardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/followup/claims", ClaimAsync);
        endpoints.MapPost("/api/followup/contests", ContestAsync);
        return endpoints;
    }

    private static Task<IResult> ClaimAsync(HttpContext context, IMediator mediator, FollowUpSession session) =>
        ReceiveAsync<ClaimRequest>(context, mediator, session, (request, tipId, ciphertext) =>
            request.NoticeId is { } noticeId && Enum.TryParse<ClaimantKind>(request.Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
                ? new FileRewardClaim(tipId, noticeId, kind, ciphertext)
                : null);

    private static Task<IResult> ContestAsync(HttpContext context, IMediator mediator, FollowUpSession session) =>
        ReceiveAsync<ContestRequest>(context, mediator, session, (request, tipId, ciphertext) =>
            request.ClaimId is { } claimId ? new ContestDetermination(tipId, claimId, ciphertext) : null);

    /// <summary>Reads a sealed request for the session's tip; <paramref name="command"/> gives null when the body is incomplete.</summary>
    private static async Task<IResult> ReceiveAsync<TRequest>(
        HttpContext context, IMediator mediator, FollowUpSession session, Func<TRequest, Guid, byte[], ICommand<Guid>?> command)
        where TRequest : class, ISealedRequest
    {
        using var current = session.Read(context);
        if (current is null)
        {
            return ApiErrors.Problem(context, "followup.session.expired", StatusCodes.Status401Unauthorized);
        }

        var request = await ApiJson.ReadAsync<TRequest>(context.Request, MaximumBodyBytes);
        var ciphertext = ApiJson.Base64(request?.Ciphertext, ClaimContent.MaximumCiphertextBytes);
        var built = request is null || ciphertext is null ? null : command(request, current.TipId, ciphertext);
        return built is null
            ? ApiErrors.Problem(context, "intake.request.malformed", StatusCodes.Status400BadRequest)
            : await SendAsync(context, mediator, built);
    }

    private static async Task<IResult> SendAsync(HttpContext context, IMediator mediator, ICommand<Guid> command)
    {
        try
        {
            await mediator.Send(command, context.RequestAborted);
            return TypedResults.Json(new { stored = true }, statusCode: StatusCodes.Status201Created);
        }
        catch (RequestValidationException refused)
        {
            return Problem(context, refused.Problems[0].MessageKey, StatusCodes.Status400BadRequest);
        }
        catch (NotFoundException)
        {
            return Problem(context, "rewards.contest.claim.notFound", StatusCodes.Status404NotFound);
        }
    }

    private static IResult Problem(HttpContext context, string key, int statusCode)
    {
        var text = RewardMessages.Text(
            key,
            context.RequestServices.GetRequiredService<IStringLocalizer<RewardClaimResource>>(),
            context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>());
        return TypedResults.Json(new ApiErrorResponse(key, text), statusCode: statusCode);
    }
}

/// <summary>A browser's request carrying one sealed age file (base64).</summary>
public interface ISealedRequest
{
    string? Ciphertext { get; }
}

public sealed record ClaimRequest(Guid? NoticeId, string? Kind, string? Ciphertext) : ISealedRequest;

public sealed record ContestRequest(Guid? ClaimId, string? Ciphertext) : ISealedRequest;
