using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TipLine.Bench.BackOffice;

/// <summary>One SQL statement as EF sent it, with copies of its parameters, so its plan can be asked for afterwards.</summary>
public sealed record CapturedStatement(string Sql, IReadOnlyList<DbParameter> Parameters);

/// <summary>Counts the commands every context of the host sends and, while <see cref="Capture"/> is set, records them.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public List<CapturedStatement>? Capture { get; set; }

    // Called once per execution, after EF has set the text and parameters: readers, scalars and non-queries alike.
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Record(result);
        return result;
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref count);
        Capture?.Add(new CapturedStatement(
            command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => Copy(command, p)).ToList()));
    }

    // Npgsql's parameters clone with their provider type (arrays for IN lists); SQLite's need only name, type and value.
    private static DbParameter Copy(DbCommand command, DbParameter parameter)
    {
        if (parameter is ICloneable cloneable)
        {
            return (DbParameter)cloneable.Clone();
        }

        var copy = command.CreateParameter();
        copy.ParameterName = parameter.ParameterName;
        copy.DbType = parameter.DbType;
        copy.Value = parameter.Value;
        return copy;
    }
}
