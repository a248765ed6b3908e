using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;

namespace TipLine.Web.Office;

/// <summary>Shows an Application refusal on a form: each problem's message key, translated, under its field.</summary>
internal static class ValidationProblems
{
    public static void AddTo(ModelStateDictionary modelState, RequestValidationException refusal, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(localizer);
        foreach (var problem in refusal.Problems)
        {
            modelState.AddModelError(problem.Field, localizer[problem.MessageKey]);
        }
    }
}
