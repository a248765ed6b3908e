using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TipLine.Cli.Tests.Age;
using TipLine.Domain.Audit;
using TipLine.Domain.Channels;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Cli.Tests.Channels;

/// <summary>
/// A deployment in a scratch directory (SQLite file, key directory) that the real tipline process configures
/// through environment variables, as an operator's shell would; the tests read the results back from the file.
/// </summary>
public sealed class ChannelDeployment : IDisposable
{
    public const string OrganisationName = "Wildlife Intake NGO";

    private readonly TempDirectory directory = new();

    public string DatabasePath => directory.File("tipline.db");

    private Dictionary<string, string> Environment => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__TipLine"] = $"Data Source={DatabasePath}",
        ["TipLine__KeyDirectory"] = directory.File("keys"),
        ["TIPLINE_INIT_PASSWORD"] = "tortoises-ship-on-tuesdays",
    };

    public string File(string name) => directory.File(name);

    /// <summary>Runs "tipline init" for <see cref="OrganisationName"/>, which also creates the 'wildlife' channel.</summary>
    public void Initialise(params string[] extraOptions)
    {
        var result = Run(["init", "--organisation", OrganisationName, "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "admin", .. extraOptions]);
        Assert.True(result.ExitCode == 0, "init failed: " + result.Error);
    }

    public CliRun Run(params string[] arguments)
    {
        var result = ProcessRunner.Tipline(null, Environment, arguments);
        return new CliRun(result.ExitCode, Encoding.UTF8.GetString(result.StandardOutput), result.StandardError);
    }

    public TipLineDbContext OpenContext() =>
        new(TipLineDbContextOptions.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={DatabasePath};Pooling=False")));

    public Channel? FindChannel(string slug)
    {
        using var context = OpenContext();
        return context.Channels.AsNoTracking().SingleOrDefault(c => c.Slug == slug);
    }

    public IReadOnlyList<AuditEntry> AuditTrail()
    {
        using var context = OpenContext();
        return context.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToList();
    }

    /// <summary>Every row of every table, as text, so a test can show that a command changed nothing at all.</summary>
    public string Snapshot()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append("## ").AppendLine(table);
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    text.Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}

/// <summary>What one tipline run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);
