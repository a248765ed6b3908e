namespace TipLine.Domain.Organisations;

/// <summary>Stores a set of ISO 3166-1 alpha-2 country codes as one canonical, comparable string.</summary>
public static class CountryList
{
    public static string Normalise(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var normalised = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var trimmed = code.Trim().ToUpperInvariant();
            if (trimmed.Length != 2 || !trimmed.All(c => c is >= 'A' and <= 'Z'))
            {
                throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-2 country code.", nameof(codes));
            }

            normalised.Add(trimmed);
        }

        return string.Join(',', normalised);
    }

    public static IReadOnlyList<string> Split(string stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',');
}
