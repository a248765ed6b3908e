using TipLine.Domain.Channels;

namespace TipLine.Cli.Tests.Channels;

/// <summary>"tipline channel add" against a real SQLite deployment set up by "tipline init".</summary>
public sealed class AddChannelTests : IDisposable
{
    private readonly ChannelDeployment deployment = new();

    public AddChannelTests()
    {
        deployment.Initialise();
    }

    [Fact]
    public void Add_stores_every_given_setting_under_the_named_organisation()
    {
        var result = deployment.Run(
            "channel", "add", "--organisation", "wildlife intake ngo", "--slug", "ivory-2026", "--name", "  Ivory trade ",
            "--description", "Tusks, carvings\nand powder.", "--languages", "es,EN", "--max-file-mb", "100",
            "--max-files", "5", "--retention-days", "730");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("/report/ivory-2026", result.Output, StringComparison.Ordinal);
        var channel = deployment.FindChannel("ivory-2026");
        Assert.NotNull(channel);
        Assert.Equal(deployment.FindChannel(DefaultWildlifeChannel.Slug)!.OrganisationId, channel.OrganisationId);
        Assert.Equal("Ivory trade", channel.Name);
        Assert.Equal("Tusks, carvings\nand powder.", channel.Description);
        Assert.Equal("en,es", channel.Languages);
        Assert.Equal(100L * 1024 * 1024, channel.MaximumFileBytes);
        Assert.Equal(5, channel.MaximumFiles);
        Assert.Equal(730, channel.RetentionDays);
        Assert.True(channel.IsOpen);
    }

    [Fact]
    public void Add_gives_omitted_settings_their_defaults()
    {
        var result = deployment.Run("channel", "add", "--organisation", ChannelDeployment.OrganisationName, "--slug", "pangolins", "--name", "Pangolin scales");

        Assert.True(result.ExitCode == 0, result.Error);
        var channel = deployment.FindChannel("pangolins")!;
        Assert.Equal(string.Empty, channel.Description);
        Assert.Equal("en,fr,es", channel.Languages);
        Assert.Equal(Channel.DefaultMaximumFileBytes, channel.MaximumFileBytes);
        Assert.Equal(Channel.DefaultMaximumFiles, channel.MaximumFiles);
        Assert.Equal(Channel.DefaultRetentionDays, channel.RetentionDays);
    }

    [Fact]
    public void Add_accepts_the_largest_allowed_file_size()
    {
        var result = deployment.Run("channel", "add", "--organisation", ChannelDeployment.OrganisationName, "--slug", "big-files", "--name", "Video evidence", "--max-file-mb", "16384");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(16L * 1024 * 1024 * 1024, deployment.FindChannel("big-files")!.MaximumFileBytes);
    }

    [Fact]
    public void Add_refuses_a_slug_that_is_taken_and_changes_nothing()
    {
        var before = deployment.Snapshot();

        var result = deployment.Run("channel", "add", "--organisation", ChannelDeployment.OrganisationName, "--slug", DefaultWildlifeChannel.Slug, "--name", "Impostor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a channel 'wildlife' already exists", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    [Fact]
    public void Add_refuses_an_unknown_organisation_names_the_known_ones_and_changes_nothing()
    {
        var before = deployment.Snapshot();

        var result = deployment.Run("channel", "add", "--organisation", "Customs", "--slug", "customs", "--name", "Customs leads");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no organisation named 'Customs'", result.Error, StringComparison.Ordinal);
        Assert.Contains(ChannelDeployment.OrganisationName, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    public void Dispose() => deployment.Dispose();
}
