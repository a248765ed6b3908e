namespace TipLine.Cli.Tests.Channels;

/// <summary>"tipline channel list", and what every channel subcommand does before a deployment exists.</summary>
public sealed class ListChannelsTests : IDisposable
{
    private readonly ChannelDeployment deployment = new();

    [Fact]
    public void List_shows_open_and_closed_channels_with_their_settings_and_changes_nothing()
    {
        deployment.Initialise();
        Assert.Equal(0, deployment.Run("channel", "add", "--organisation", ChannelDeployment.OrganisationName, "--slug", "ivory", "--name", "Ivory trade", "--languages", "fr", "--max-file-mb", "50").ExitCode);
        Assert.Equal(0, deployment.Run("channel", "close", "--slug", "ivory").ExitCode);
        var before = deployment.Snapshot();

        var result = deployment.Run("channel", "list");

        Assert.True(result.ExitCode == 0, result.Error);
        var blocks = result.Output.Split("\n\n");
        Assert.Equal(2, blocks.Length);
        Assert.StartsWith("ivory  (closed)  /report/ivory", blocks[0], StringComparison.Ordinal);
        Assert.Contains("languages     fr\n", blocks[0], StringComparison.Ordinal);
        Assert.Contains("each at most 50 MiB", blocks[0], StringComparison.Ordinal);
        Assert.Contains("recipients    1 ", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("wildlife  (open)  /report/wildlife", blocks[1], StringComparison.Ordinal);
        Assert.Contains($"organisation  {ChannelDeployment.OrganisationName}\n", blocks[1], StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    [Theory]
    [InlineData("list")]
    [InlineData("add", "--organisation", "NGO", "--slug", "ivory", "--name", "Ivory")]
    [InlineData("set", "--slug", "wildlife", "--name", "Renamed")]
    [InlineData("close", "--slug", "wildlife")]
    [InlineData("recipients", "--slug", "wildlife")]
    public void Before_init_every_subcommand_says_so_and_creates_no_database(params string[] arguments)
    {
        var result = deployment.Run(["channel", .. arguments]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist yet", result.Error, StringComparison.Ordinal);
        Assert.Contains("tipline init", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(deployment.DatabasePath), "a channel command must not create an empty database");
    }

    [Fact]
    public void Help_explains_where_recipients_come_from()
    {
        var result = deployment.Run("channel", "help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("IntakeInvestigator role", result.Error, StringComparison.Ordinal);
        Assert.Contains("tipline init --escrow", result.Error, StringComparison.Ordinal);
        Assert.Contains("tipline channel recipients --slug SLUG", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => deployment.Dispose();
}
