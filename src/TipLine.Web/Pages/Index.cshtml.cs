using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TipLine.Web.Pages;

/// <summary>The public home page: what TipLine is, who reads tips, what a receipt is. Sets no cookie.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
