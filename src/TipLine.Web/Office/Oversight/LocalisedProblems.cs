using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;

namespace TipLine.Web.Office.Oversight;

/// <summary>The Application refuses with message keys; the oversight pages show them in the reader's language.</summary>
public static class LocalisedProblems
{
    public static IEnumerable<string> Of(RequestValidationException refusal, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(localizer);
        return refusal.Problems.Select(problem => localizer[problem.MessageKey].Value).Distinct(StringComparer.Ordinal);
    }
}
