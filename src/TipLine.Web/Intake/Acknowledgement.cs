using Microsoft.Extensions.Localization;
using TipLine.Web.Resources;

namespace TipLine.Web.Intake;

/// <summary>
/// The automatic acknowledgement waiting in the follow-up the moment a tip is stored (EU Directive 2019/1937
/// art. 9(1)(b) asks for one within seven days), in the language the page was shown in.
/// </summary>
public static class Acknowledgement
{
    public static string Text(IStringLocalizer<SharedResource> localizer) => localizer["followup.acknowledgement"];
}
