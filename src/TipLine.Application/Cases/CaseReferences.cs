using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Cases;

/// <summary>Human case references, "TL-{year}-{n:00000}", numbered from 1 each year.</summary>
internal static class CaseReferences
{
    /// <summary>
    /// The next free reference of <paramref name="year"/>. Call inside the use case's transaction: the audit-log lock
    /// taken first makes concurrent creations queue (PostgreSQL, SQL Server; SQLite has one writer anyway), and the
    /// unique index on Reference stops any writer that got round it.
    /// </summary>
    public static async Task<string> NextAsync(ITipLineDatabase database, int year, CancellationToken cancellationToken)
    {
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var prefix = $"TL-{year:0000}-";
        // Longest first: past 99999 the number gets a sixth digit, and "TL-2026-100000" sorts before "TL-2026-99999" as text.
        var last = await database.Cases
            .Where(c => c.Reference.StartsWith(prefix))
            .OrderByDescending(c => c.Reference.Length)
            .ThenByDescending(c => c.Reference)
            .Select(c => c.Reference)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var number = last is not null && int.TryParse(last.AsSpan(prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return $"{prefix}{number:00000}";
    }
}
