using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// Inserts entities with multi-row INSERT statements built from the context's own model: table and column names,
/// and each value turned into a parameter by the property's type mapping (its converter and provider type), so rows
/// are stored exactly as SaveChanges would store them, without change tracking. For seeding only.
/// </summary>
internal static class BulkInsert
{
    // Microsoft.Data.Sqlite finds each parameter by name in a list, so its binding cost grows with the square of their
    // number; Npgsql's does not, and fewer round trips pay there (PostgreSQL allows 65,535 parameters a statement).
    private const int SqliteParametersPerStatement = 300;
    private const int PostgresParametersPerStatement = 6_000;

    public static async Task InsertAsync<T>(this TipLineDbContext db, IReadOnlyCollection<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        if (properties.Any(p => p.IsShadowProperty()) || entityType.GetComplexProperties().Any())
        {
            throw new InvalidOperationException($"{typeof(T).Name} has shadow or complex properties, which this bulk insert does not write");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var mappings = properties.Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();
        var connection = db.Database.GetDbConnection();
        var rowsPerStatement = Math.Max(1, (db.Database.IsSqlite() ? SqliteParametersPerStatement : PostgresParametersPerStatement) / properties.Count);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            // Every full chunk has the same text, so the provider reuses the statement it prepared for the first.
            if (chunk.Length != rowsPerStatement || command.CommandText.Length == 0)
            {
                command.CommandText = prefix + string.Join(", ", Enumerable.Range(0, chunk.Length).Select(row =>
                    "(" + string.Join(", ", Enumerable.Range(0, mappings.Count).Select(column => $"@p{(row * mappings.Count) + column}")) + ")"));
            }

            command.Parameters.Clear();
            var index = 0;
            foreach (var row in chunk)
            {
                foreach (var (property, mapping, getter) in mappings)
                {
                    command.Parameters.Add(mapping.CreateParameter(command, $"@p{index++}", getter.GetClrValue(row), property.IsNullable));
                }
            }

            await command.ExecuteNonQueryAsync();
        }
    }
}
