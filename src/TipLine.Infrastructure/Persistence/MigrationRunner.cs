using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace TipLine.Infrastructure.Persistence;

/// <summary>Applies pending migrations explicitly (never EnsureCreated, which would bypass the migration history).</summary>
public sealed partial class MigrationRunner(TipLineDbContext context, ILogger<MigrationRunner> logger)
{
    /// <summary>Applies every pending migration and returns their names; an up-to-date database yields an empty list.</summary>
    public async Task<IReadOnlyList<string>> ApplyPendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(logger, context.Database.ProviderName ?? "unknown");
            return [];
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        foreach (var migration in pending)
        {
            LogApplied(logger, migration);
        }

        return pending;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider}); no migration applied.")]
    private static partial void LogUpToDate(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Migration}.")]
    private static partial void LogApplied(ILogger logger, string migration);
}
