using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using TipLine.Application.Errors;

namespace TipLine.Web.Office;

/// <summary>
/// Turns the Application's refusals into the answers a back-office page gives: not visible → 404 (the same as "does
/// not exist"), not allowed → 403, no usable session key → back to sign-in. Applied to every page under /office.
/// </summary>
internal sealed class OfficeErrorFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            UnauthenticatedException or StaffKeyUnavailableException => new RedirectResult("/office/login"),
            _ => context.Result,
        };
        context.ExceptionHandled = context.Result is not null;
    }
}
