using TipLine.Application.Validation;

namespace TipLine.Application.Cases.IssueTakedownNotice;

public sealed class IssueTakedownNoticeValidator : IValidator<IssueTakedownNotice>
{
    public const int MaximumListings = 50;
    public const int MaximumUrlLength = 2_000;
    public const int MaximumHandles = 50;
    public const int MaximumHandleLength = 200;
    public const int MaximumNoteLength = 2_000;
    public const string ListingsRequired = "takedown.listings.required";
    public const string TooManyListings = "takedown.listings.tooMany";
    public const string ListingInvalid = "takedown.listings.invalid";
    public const string TooManyHandles = "takedown.handles.tooMany";
    public const string HandleInvalid = "takedown.handles.invalid";
    public const string NoteTooLong = "takedown.note.tooLong";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(IssueTakedownNotice request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        var listings = request.ListingUrls ?? [];
        if (listings.Count == 0)
        {
            problems.Add(new(nameof(request.ListingUrls), ListingsRequired));
        }
        else if (listings.Count > MaximumListings)
        {
            problems.Add(new(nameof(request.ListingUrls), TooManyListings));
        }
        else if (!listings.All(IsListingUrl))
        {
            problems.Add(new(nameof(request.ListingUrls), ListingInvalid));
        }

        var handles = request.SellerHandles ?? [];
        if (handles.Count > MaximumHandles)
        {
            problems.Add(new(nameof(request.SellerHandles), TooManyHandles));
        }
        else if (!handles.All(h => !string.IsNullOrWhiteSpace(h) && h.Trim().Length <= MaximumHandleLength && !h.Any(char.IsControl)))
        {
            problems.Add(new(nameof(request.SellerHandles), HandleInvalid));
        }

        if ((request.Note?.Length ?? 0) > MaximumNoteLength)
        {
            problems.Add(new(nameof(request.Note), NoteTooLong));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }

    private static bool IsListingUrl(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length <= MaximumUrlLength
            && !trimmed.Any(char.IsControl)
            && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0;
    }
}
