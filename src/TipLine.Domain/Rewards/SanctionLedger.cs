namespace TipLine.Domain.Rewards;

/// <summary>
/// A case's sanctions ledger read as totals: per kind and currency, what was imposed and what came in. A correction
/// must name an original (not another correction) of the same currency and may not take its line below zero.
/// </summary>
public sealed class SanctionLedger
{
    private readonly List<SanctionEntry> entries;

    public SanctionLedger(IEnumerable<SanctionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = entries.OrderBy(e => e.Sequence).ToList();
    }

    public IReadOnlyList<SanctionEntry> Entries => entries;

    public int NextSequence => entries.Count == 0 ? 1 : entries[^1].Sequence + 1;

    /// <summary>Net amount per (kind, currency), corrections applied, zero lines left out.</summary>
    public IReadOnlyList<SanctionTotal> Totals() =>
        entries.GroupBy(e => (e.Kind, e.Currency))
            .Select(g => new SanctionTotal(g.Key.Kind, g.Key.Currency, g.Sum(e => e.Amount)))
            .Where(t => t.Amount != 0m)
            .OrderBy(t => t.Currency, StringComparer.Ordinal).ThenBy(t => t.Kind)
            .ToList();

    /// <summary>Money in (collections and forfeiture proceeds) in <paramref name="currency"/>.</summary>
    public decimal CollectedIn(string currency) => entries.Where(e => e.IsMoneyIn && e.Currency == currency).Sum(e => e.Amount);

    public string? RefuseCorrection(Guid correctsEntryId, decimal amount, string currency)
    {
        var original = entries.FirstOrDefault(e => e.Id == correctsEntryId);
        if (original is null)
        {
            return LedgerRefusals.UnknownSanctionEntry;
        }

        if (original.CorrectsEntryId is not null)
        {
            return LedgerRefusals.CorrectionOfCorrection;
        }

        if (!string.Equals(original.Currency, CurrencyCodes.Normalise(currency), StringComparison.Ordinal))
        {
            return LedgerRefusals.CorrectionCurrency;
        }

        var net = original.Amount + entries.Where(e => e.CorrectsEntryId == correctsEntryId).Sum(e => e.Amount);
        return net + amount < 0m ? LedgerRefusals.CorrectionBelowZero : null;
    }

    /// <summary>The corrected line's kind: a correction always carries its original's kind.</summary>
    public SanctionEntryKind KindOf(Guid entryId) => entries.First(e => e.Id == entryId).Kind;
}
