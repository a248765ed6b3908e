using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// The database's plan for each captured statement, run with the parameter values EF sent: EXPLAIN QUERY PLAN on
/// SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL (which runs the statement and reports where the time went).
/// </summary>
internal static class QueryPlans
{
    public static async Task<string> DescribeAsync(BackOfficeHost host, DatabaseProvider provider, IReadOnlyList<(string Operation, IReadOnlyList<CapturedStatement> Statements)> captured)
    {
        var report = new StringBuilder();
        foreach (var (operation, statements) in captured)
        {
            report.Append("### ").AppendLine(operation);
            foreach (var statement in statements)
            {
                report.AppendLine().AppendLine(statement.Sql.Trim()).AppendLine("--");
                var plan = await host.WithDatabaseAsync(db => PlanAsync(db, provider, statement));
                report.AppendLine(plan);
            }
        }

        return report.ToString();
    }

    private static async Task<string> PlanAsync(TipLineDbContext db, DatabaseProvider provider, CapturedStatement statement)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = (provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + statement.Sql;
        command.Parameters.AddRange(statement.Parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new StringBuilder();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(provider == DatabaseProvider.Sqlite ? SqliteLine(reader) : reader.GetString(0));
        }

        return plan.ToString();
    }

    // EXPLAIN QUERY PLAN rows are (id, parent, notused, detail); the detail is indented under its parent.
    private static string SqliteLine(DbDataReader reader) => $"{reader.GetInt32(0),4} {reader.GetInt32(1),4}  {reader.GetString(3)}";
}
