using Microsoft.Data.Sqlite;

namespace TipLine.Cli.Tests.Channels;

/// <summary>Every channel change is one signed, chained audit entry, and "tipline audit verify" still accepts the log.</summary>
public sealed class ChannelAuditTests : IDisposable
{
    private readonly ChannelDeployment deployment = new();

    public ChannelAuditTests()
    {
        deployment.Initialise();
    }

    [Fact]
    public void Each_change_appends_one_entry_by_the_console_operator_and_the_chain_verifies()
    {
        Assert.Equal(0, deployment.Run("channel", "add", "--organisation", ChannelDeployment.OrganisationName, "--slug", "ivory", "--name", "Ivory trade").ExitCode);
        Assert.Equal(0, deployment.Run("channel", "set", "--slug", "ivory", "--max-files", "4").ExitCode);
        Assert.Equal(0, deployment.Run("channel", "close", "--slug", "ivory").ExitCode);
        Assert.Equal(0, deployment.Run("channel", "open", "--slug", "ivory").ExitCode);

        var trail = deployment.AuditTrail();
        Assert.Equal(["deployment.init", "channel.create", "channel.update", "channel.close", "channel.open"], trail.Select(e => e.Action));
        var channelId = deployment.FindChannel("ivory")!.Id.ToString();
        Assert.All(trail.Skip(1), entry =>
        {
            Assert.Null(entry.ActorUserId);
            Assert.Equal("Channel", entry.ObjectType);
            Assert.Equal(channelId, entry.ObjectId);
        });

        var verified = deployment.Run("audit", "verify");
        Assert.True(verified.ExitCode == 0, verified.Error);
        Assert.Contains("entries verified: 5", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewriting_a_channel_entry_afterwards_is_caught_by_audit_verify()
    {
        Assert.Equal(0, deployment.Run("channel", "close", "--slug", "wildlife").ExitCode);
        using (var connection = new SqliteConnection($"Data Source={deployment.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"AuditEntries\" SET \"Action\" = 'channel.open' WHERE \"Action\" = 'channel.close'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var verified = deployment.Run("audit", "verify");

        Assert.Equal(1, verified.ExitCode);
        Assert.Contains("NOT intact at entry 2", verified.Error, StringComparison.Ordinal);
    }

    public void Dispose() => deployment.Dispose();
}
