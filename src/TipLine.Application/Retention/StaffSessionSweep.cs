using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Retention;

/// <summary>
/// Deletes staff sessions past their absolute expiry. Each holds a sealed copy of a private key; an expired one can
/// never be used again, so keeping it only adds to what a database thief could try to unseal. Idempotent.
/// </summary>
public sealed class StaffSessionSweep(ITipLineDatabase database, TimeProvider clock)
{
    /// <summary>Recurring-job entry point; returns how many sessions were deleted.</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return database.StaffSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
