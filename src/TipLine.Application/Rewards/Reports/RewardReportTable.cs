using TipLine.Application.Statistics;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Reports;

/// <summary>
/// Counts a programme's claims per filing year and over all years, decides suppression over all of them at once
/// (ADR 0020, <see cref="SmallCells"/>) and publishes one period. The relations a reader can form are declared:
/// statuses add up to the claims filed; awards and no-awards add up to their stage's determinations; approved
/// preliminary determinations are the claims past that stage, approved final ones the claims final or appealed; and
/// years add up to all years. Money of a period comes from its final determinations, so it is withheld whenever that
/// count is: fewer than five (or withheld to protect another cell).
/// </summary>
internal sealed class RewardReportTable
{
    private const int AllYears = 0;

    private static readonly ClaimStatus[] Statuses = Enum.GetValues<ClaimStatus>();

    private static readonly ClaimStatus[] PastPreliminary = [ClaimStatus.Preliminary, ClaimStatus.FinalProposed, ClaimStatus.Final, ClaimStatus.Appealed];

    private static readonly ClaimStatus[] PastFinal = [ClaimStatus.Final, ClaimStatus.Appealed];

    private static readonly (string Section, string Key)[] Rows =
    [
        (RewardReportCount.Claims, Filed),
        .. Statuses.Select(s => (RewardReportCount.Claims, StatusKey(s))),
        .. Enum.GetValues<DeterminationStage>().SelectMany(stage => new[]
        {
            (RewardReportCount.Determinations, StageKey(stage)),
            (RewardReportCount.Determinations, StageKey(stage) + ".award"),
            (RewardReportCount.Determinations, StageKey(stage) + ".noAward"),
        }),
    ];

    private const string Filed = "filed";

    private readonly Dictionary<(string Section, string Key, int Year), long> counts = [];
    private readonly Dictionary<int, Dictionary<(string Measure, string Currency), decimal>> money = [];
    private readonly SortedSet<int> years = [];
    private readonly Dictionary<(string Section, string Key, int Year), int> items = [];
    private IReadOnlyList<CellSuppression> suppression = [];

    public IReadOnlyList<int> Years => [.. years];

    /// <summary>One claim, the determinations approved on it, and its ledger.</summary>
    public sealed record ClaimFacts(RewardClaim Claim, IReadOnlyList<(DeterminationStage Stage, decimal? Percent)> Approved, AwardLedger Ledger, IReadOnlyList<RewardPayment> Payments);

    public static RewardReportTable Count(IEnumerable<ClaimFacts> claims)
    {
        var table = new RewardReportTable();
        foreach (var facts in claims)
        {
            table.years.Add(facts.Claim.FiledOn.Year);
            foreach (var year in new[] { facts.Claim.FiledOn.Year, AllYears })
            {
                table.Add(facts, year);
            }
        }

        table.Suppress();
        return table;
    }

    public (IReadOnlyList<RewardReportCount> Counts, IReadOnlyList<RewardReportMoney> Money) Publish(int? year, string currency)
    {
        var period = year ?? AllYears;
        var published = Rows.Select(row => Cell(row.Section, row.Key, period)).ToList();
        var basis = Cell(RewardReportCount.Determinations, StageKey(DeterminationStage.Final), period);
        var sums = money.GetValueOrDefault(period) ?? [];
        var currencies = sums.Keys.Where(k => k.Measure == RewardReportMoney.Paid).Select(k => k.Currency).Append(currency)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var lines = new List<(string Measure, string Currency)> { (RewardReportMoney.Obligations, currency) };
        lines.AddRange(currencies.Select(c => (RewardReportMoney.Paid, c)));
        lines.Add((RewardReportMoney.Outstanding, currency));
        var amounts = lines
            .Select(line => new RewardReportMoney(line.Measure, line.Currency, basis.Suppression == CellSuppression.None ? sums.GetValueOrDefault(line) : null))
            .ToList();
        return (published, amounts);
    }

    private static string StatusKey(ClaimStatus status) => "status." + status;

    private static string StageKey(DeterminationStage stage) => stage.ToString().ToLowerInvariant();

    private RewardReportCount Cell(string section, string key, int year)
    {
        if (!items.TryGetValue((section, key, year), out var item))
        {
            return new RewardReportCount(section, key, 0, CellSuppression.None);
        }

        var withheld = suppression[item];
        return new RewardReportCount(section, key, withheld == CellSuppression.None ? checked((int)counts.GetValueOrDefault((section, key, year))) : null, withheld);
    }

    private void Add(ClaimFacts facts, int year)
    {
        Increment(RewardReportCount.Claims, Filed, year);
        Increment(RewardReportCount.Claims, StatusKey(facts.Claim.Status), year);
        foreach (var (stage, percent) in facts.Approved)
        {
            Increment(RewardReportCount.Determinations, StageKey(stage), year);
            Increment(RewardReportCount.Determinations, StageKey(stage) + (percent is null ? ".noAward" : ".award"), year);
        }

        var sums = money.TryGetValue(year, out var existing) ? existing : money[year] = [];
        var currency = facts.Ledger.Currency;
        if (PastFinal.Contains(facts.Claim.Status) && facts.Claim.AwardPercent is > 0m)
        {
            sums[(RewardReportMoney.Obligations, currency)] = sums.GetValueOrDefault((RewardReportMoney.Obligations, currency)) + facts.Ledger.Entitlement;
            sums[(RewardReportMoney.Outstanding, currency)] = sums.GetValueOrDefault((RewardReportMoney.Outstanding, currency)) + facts.Ledger.Outstanding;
        }

        foreach (var payment in facts.Payments)
        {
            sums[(RewardReportMoney.Paid, payment.Currency)] = sums.GetValueOrDefault((RewardReportMoney.Paid, payment.Currency)) + payment.SignedAmount;
        }
    }

    private void Increment(string section, string key, int year) =>
        counts[(section, key, year)] = counts.GetValueOrDefault((section, key, year)) + 1;

    private void Suppress()
    {
        var cells = new SmallCells();
        foreach (var period in years.Append(AllYears))
        {
            foreach (var (section, key) in Rows)
            {
                items[(section, key, period)] = cells.Add(counts.GetValueOrDefault((section, key, period)));
            }
        }

        foreach (var period in years.Append(AllYears))
        {
            int Item(string section, string key) => items[(section, key, period)];
            int Status(ClaimStatus status) => Item(RewardReportCount.Claims, StatusKey(status));
            cells.Relate(Statuses.Select(s => (Status(s), 1)).Append((Item(RewardReportCount.Claims, Filed), -1)));
            foreach (var stage in Enum.GetValues<DeterminationStage>())
            {
                var total = Item(RewardReportCount.Determinations, StageKey(stage));
                cells.Relate([(Item(RewardReportCount.Determinations, StageKey(stage) + ".award"), 1), (Item(RewardReportCount.Determinations, StageKey(stage) + ".noAward"), 1), (total, -1)]);
                var claimsPast = stage == DeterminationStage.Preliminary ? PastPreliminary : PastFinal;
                cells.Relate(claimsPast.Select(s => (Status(s), 1)).Append((total, -1)));
            }
        }

        foreach (var (section, key) in Rows)
        {
            cells.Relate(years.Select(year => (items[(section, key, year)], 1)).Append((items[(section, key, AllYears)], -1)));
        }

        suppression = cells.Solve();
    }
}
