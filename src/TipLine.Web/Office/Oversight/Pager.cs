using Microsoft.AspNetCore.WebUtilities;

namespace TipLine.Web.Office.Oversight;

/// <summary>"Previous" and "next" links of a paged list, keeping the page's other query values (its filter).</summary>
public sealed record Pager(int PageNumber, int PageCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public const string PageNumberKey = "pageNumber";

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;

    public string LinkTo(int pageNumber) =>
        QueryHelpers.AddQueryString(Path, Query.Where(q => !string.IsNullOrEmpty(q.Value)).Append(new(PageNumberKey, pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
