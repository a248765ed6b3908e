using Microsoft.AspNetCore.Authentication;
using TipLine.Application.Accounts.SignIn;
using TipLine.Web.Localization;
using TipLine.Web.Office.Sessions;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Login;

/// <summary>What both second-step pages do once the second factor passed: issue the staff cookie, drop the pending one.</summary>
internal static class SignInCompletion
{
    public static async Task CompleteAsync(HttpContext context, SignedInStaff staff, PendingSignInState state)
    {
        await context.SignInAsync(StaffAuthentication.Scheme, StaffPrincipal.Create(staff, state.SessionId, state.CookieSecret));
        PendingSignInCookie.Delete(context);
        OfficeLanguage.Remember(context, staff.Language);
    }
}
