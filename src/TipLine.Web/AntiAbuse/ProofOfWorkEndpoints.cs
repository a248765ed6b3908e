using System.Text.Json;

namespace TipLine.Web.AntiAbuse;

/// <summary>POST /api/pow/challenges: hands out a challenge for "submit" or "login" (ADR 0017, "Proof of work").</summary>
public static class ProofOfWorkEndpoints
{
    public const string ChallengesPath = "/api/pow/challenges";

    // {"purpose":"submit"} is 20 bytes; anything much larger is not a challenge request.
    private const int MaximumRequestBytes = 1024;

    public static IEndpointRouteBuilder MapProofOfWorkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ChallengesPath, IssueChallengeAsync);
        return endpoints;
    }

    private static async Task<IResult> IssueChallengeAsync(HttpRequest request, ProofOfWorkService proofOfWork)
    {
        var purpose = await ReadPurposeAsync(request, request.HttpContext.RequestAborted);
        if (purpose is null)
        {
            return Api.ApiErrors.Problem(request.HttpContext, "pow.unknownPurpose", StatusCodes.Status400BadRequest);
        }

        if (!proofOfWork.TryIssue(purpose.Value, out var challenge))
        {
            return Api.ApiErrors.Problem(request.HttpContext, "service.busy", StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok(challenge);
    }

    /// <summary>The purpose named in the body, or null for anything else: not JSON, too long, or no known purpose.</summary>
    private static async Task<ProofOfWorkPurpose?> ReadPurposeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Read by hand with a hard bound, so the size of what is parsed never depends on the client.
        var buffer = new byte[MaximumRequestBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length
               && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaximumRequestBytes)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("purpose", out var purpose)
                || purpose.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            return purpose.GetString() switch
            {
                "submit" => ProofOfWorkPurpose.Submit,
                "login" => ProofOfWorkPurpose.Login,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
