using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Domain.Staff;
using TipLine.Web.Resources;

namespace TipLine.Web.Office.Admin;

/// <summary>How the administration pages name roles and turn the Application's refusal keys into text.</summary>
internal static class AdminText
{
    /// <summary>Every role, in the order the pages list them.</summary>
    public static readonly IReadOnlyList<StaffRoles> EveryRole =
    [
        StaffRoles.Administrator,
        StaffRoles.IntakeInvestigator,
        StaffRoles.Prosecutor,
        StaffRoles.EnforcementOfficer,
        StaffRoles.RewardOfficer,
        StaffRoles.Auditor,
    ];

    public static string Roles(IStringLocalizer<AdminResource> text, StaffRoles roles)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(", ", EveryRole.Where(role => (roles & role) == role).Select(role => text["Role." + role].Value));
    }

    /// <summary>The roles of ticked checkboxes, one value per box.</summary>
    public static StaffRoles Combine(IEnumerable<StaffRoles>? roles) =>
        (roles ?? []).Aggregate(StaffRoles.None, (all, role) => all | role);

    /// <summary>
    /// Adds each refusal as a form error in the page's language. Keys this area does not define (the accounts'
    /// password rules) come from the back office's shared strings.
    /// </summary>
    public static void AddProblems(ModelStateDictionary modelState, RequestValidationException refusal, IStringLocalizer<AdminResource> text, IStringLocalizer<OfficeResource> office)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(office);
        foreach (var problem in refusal.Problems)
        {
            var message = text[problem.MessageKey];
            modelState.AddModelError(problem.Field, message.ResourceNotFound ? office[problem.MessageKey] : message);
        }
    }
}
