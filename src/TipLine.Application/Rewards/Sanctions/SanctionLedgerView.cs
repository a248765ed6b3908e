using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Sanctions;

/// <summary>A case's sanctions ledger as the pages show it: every line in order, and the totals per kind and currency.</summary>
public sealed record SanctionLedgerView(IReadOnlyList<SanctionLine> Entries, IReadOnlyList<SanctionTotal> Totals)
{
    /// <summary>Reads the case's ledger (the view, and the domain ledger for its rules); the caller has already checked access.</summary>
    internal static async Task<(SanctionLedgerView View, SanctionLedger Ledger)> ReadAsync(ITipLineDatabase database, Guid caseId, CancellationToken cancellationToken)
    {
        var rows = await (
                from e in database.SanctionEntries.AsNoTracking()
                join u in database.StaffUsers on e.RecordedByUserId equals u.Id
                where e.CaseId == caseId
                select new { Entry = e, u.DisplayName })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ledger = new SanctionLedger(rows.Select(r => r.Entry));
        var names = rows.ToDictionary(r => r.Entry.Id, r => r.DisplayName);
        var sequences = ledger.Entries.ToDictionary(e => e.Id, e => e.Sequence);
        var lines = ledger.Entries
            .Select(e => new SanctionLine(
                e.Id,
                e.Sequence,
                e.Kind,
                e.Amount,
                e.Currency,
                e.OccurredOn,
                e.Reference,
                e.CorrectsEntryId is { } corrected ? sequences[corrected] : null,
                e.CorrectsEntryId is null ? e.Amount + ledger.Entries.Where(c => c.CorrectsEntryId == e.Id).Sum(c => c.Amount) : null,
                names[e.Id],
                e.RecordedOn))
            .ToList();
        return (new SanctionLedgerView(lines, ledger.Totals()), ledger);
    }
}

/// <summary>
/// One ledger line. A correction names the line it corrects by <see cref="CorrectsSequence"/>; an original line carries
/// its <see cref="Net"/> amount once its corrections are applied, and only originals can be corrected.
/// </summary>
public sealed record SanctionLine(
    Guid Id,
    int Sequence,
    SanctionEntryKind Kind,
    decimal Amount,
    string Currency,
    DateOnly OccurredOn,
    string Reference,
    int? CorrectsSequence,
    decimal? Net,
    string RecordedBy,
    DateOnly RecordedOn)
{
    public bool IsCorrection => CorrectsSequence is not null;
}
