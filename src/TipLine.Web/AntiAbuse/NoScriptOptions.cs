using System.ComponentModel.DataAnnotations;

namespace TipLine.Web.AntiAbuse;

/// <summary>Global limits for the JavaScript-off path, bound from "TipLine:NoScript".</summary>
public sealed class NoScriptOptions
{
    public const string SectionName = "TipLine:NoScript";

    /// <summary>Tips accepted per minute through the server-side form, across all senders together.</summary>
    [Range(1, 1_000_000)]
    public int SubmissionsPerMinute { get; set; } = 30;

    /// <summary>Receipt logins attempted per minute through the server-side form, across all senders together.</summary>
    [Range(1, 1_000_000)]
    public int LoginsPerMinute { get; set; } = 30;
}
