using System.Net;
using Microsoft.Data.Sqlite;

namespace TipLine.Web.Tests.Hosting;

[Collection(TipLineServerCollection.Name)]
public sealed class StartupTests(TipLineServer server)
{
    [Fact]
    public async Task Start_up_creates_the_SQLite_database_in_the_data_directory_and_applies_every_migration()
    {
        _ = server.Address;
        var databaseFile = Path.Combine(server.DataDirectory, "tipline.db");

        Assert.True(File.Exists(databaseFile), $"expected the database at {databaseFile}");
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
        var applied = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(applied >= 1, "at least the initial migration is recorded as applied");
    }

    [Fact]
    public async Task The_jobs_dashboard_is_closed_to_anyone_not_signed_in_as_an_administrator()
    {
        using var client = server.CreateRealClient();

        using var response = await client.GetAsync(new Uri("/office/jobs", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Hangfire", body, StringComparison.OrdinalIgnoreCase);
    }
}
