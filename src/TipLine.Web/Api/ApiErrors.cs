using Microsoft.Extensions.Localization;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Resources;

namespace TipLine.Web.Api;

/// <summary>JSON errors of the browser API: a stable key for scripts and the message in the page's language.</summary>
public static class ApiErrors
{
    public static IResult Problem(HttpContext context, string messageKey, int statusCode)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return TypedResults.Json(new ApiErrorResponse(messageKey, localizer[messageKey]), statusCode: statusCode);
    }

    /// <summary>The message key for a refused proof of work.</summary>
    public static string KeyOf(ProofOfWorkVerdict verdict) => verdict switch
    {
        ProofOfWorkVerdict.Expired => "pow.expired",
        ProofOfWorkVerdict.AlreadyUsed => "pow.alreadyUsed",
        ProofOfWorkVerdict.NotSolved => "pow.notSolved",
        ProofOfWorkVerdict.Overloaded => "service.busy",
        _ => "pow.invalid",
    };
}
