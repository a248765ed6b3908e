namespace TipLine.Application.Paging;

/// <summary>One page of a longer list, numbered from 1, with what a page needs to offer "previous" and "next".</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 1 : (int)((TotalCount + (long)PageSize - 1) / PageSize);

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;
}

/// <summary>Reads page numbers from untrusted query strings: anything below 1 is the first page, so a bad link still shows something.</summary>
public static class PageNumbers
{
    public static int Normalise(int pageNumber) => Math.Max(1, pageNumber);

    /// <summary>Rows to skip for a page; bounded so a huge page number cannot overflow.</summary>
    public static int Skip(int pageNumber, int pageSize) => (int)Math.Min(int.MaxValue, (Normalise(pageNumber) - 1L) * pageSize);
}
