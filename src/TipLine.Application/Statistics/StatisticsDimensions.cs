using TipLine.Domain.Cases;

namespace TipLine.Application.Statistics;

/// <summary>The dimensions counted, their stable names (used in exports) and how a case's keys are read.</summary>
public static class StatisticsDimensions
{
    public const string Total = "total";
    public const string Channel = "channel";
    public const string Status = "status";
    public const string Outcome = "outcome";
    public const string Platform = "platform";
    public const string Taxon = "taxon";
    public const string CitesAppendix = "citesAppendix";
    public const string Country = "country";
    public const string ShipmentMethod = "shipmentMethod";

    /// <summary>The single key of <see cref="Total"/>.</summary>
    public const string AllKey = "all";

    /// <summary>The key of cases with nothing recorded for a dimension (not triaged yet, no channel).</summary>
    public const string NoValueKey = "(none)";

    public static readonly IReadOnlyList<string> Names = [Total, Channel, Status, Outcome, Platform, Taxon, CitesAppendix, Country, ShipmentMethod];

    internal static readonly IReadOnlyList<Definition> All =
    [
        new(Total, _ => [AllKey], PartitionsCases: false, []),
        new(Channel, c => [c.ChannelSlug ?? NoValueKey], PartitionsCases: true, []),
        new(Status, c => [c.Status.ToString()], PartitionsCases: true, Enum.GetNames<CaseStatus>()),
        // Closed cases only: an "open" outcome key would equal the total minus the closed status count and reveal it.
        new(Outcome, c => c.Outcome is { } outcome ? [outcome.ToString()] : [], PartitionsCases: false, Enum.GetNames<CaseOutcome>()),
        new(Platform, c => [Valued(c.Platform)], PartitionsCases: true, []),
        new(Taxon, c => [Valued(c.Taxon)], PartitionsCases: true, []),
        new(CitesAppendix, c => [c.Appendix?.ToString() ?? NoValueKey], PartitionsCases: true, Enum.GetNames<Domain.Cases.CitesAppendix>()),
        // A case counts once per country it lists, so these counts add up to no published total; a case listing none
        // is not counted here (the other dimensions' "(none)" keys already count untriaged cases).
        new(Country, c => Countries(c.Countries), PartitionsCases: false, []),
        new(ShipmentMethod, c => [Valued(c.ShipmentMethod)], PartitionsCases: true, []),
    ];

    private static string Valued(string? value) => string.IsNullOrWhiteSpace(value) ? NoValueKey : value.Trim();

    private static IReadOnlyList<string> Countries(string countries) =>
        countries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => code.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A dimension. <paramref name="PartitionsCases"/>: every case has exactly one key, so each period's cells add up
    /// to the period's total. <paramref name="FixedOrder"/> orders enum keys;
    /// other keys sort by ordinal text, "(none)" last.
    /// </summary>
    internal sealed record Definition(string Name, Func<CaseFacts, IReadOnlyList<string>> KeysOf, bool PartitionsCases, IReadOnlyList<string> FixedOrder)
    {
        public IOrderedEnumerable<string> Order(IEnumerable<string> keys) => keys
            .OrderBy(k => k == NoValueKey ? 1 : 0)
            .ThenBy(k => FixedOrder.Count == 0 ? 0 : IndexIn(FixedOrder, k))
            .ThenBy(k => k, StringComparer.Ordinal);

        private static int IndexIn(IReadOnlyList<string> order, string key)
        {
            for (var i = 0; i < order.Count; i++)
            {
                if (order[i] == key)
                {
                    return i;
                }
            }

            return order.Count;
        }
    }

    /// <summary>The server-readable triage facts of one case that statistics count; nothing else is read.</summary>
    internal sealed record CaseFacts(
        DateOnly OpenedOn,
        string? ChannelSlug,
        CaseStatus Status,
        CaseOutcome? Outcome,
        string? Platform,
        string? Taxon,
        Domain.Cases.CitesAppendix? Appendix,
        string Countries,
        string? ShipmentMethod);
}
