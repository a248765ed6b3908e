using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TipLine.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite pragmas on every opened connection: WAL for concurrent readers, synchronous=FULL so a committed
/// (acknowledged) tip survives power loss, and foreign keys so cascades and restrictions hold.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    public static readonly SqliteDurabilityInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
