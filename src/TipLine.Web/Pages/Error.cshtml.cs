using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TipLine.Web.Pages;

/// <summary>One calm error page for every failure: no stack trace, no internal detail, no request echo.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status) => Status = status ?? 500;

    public void OnPost(int? status) => Status = status ?? 500;
}
