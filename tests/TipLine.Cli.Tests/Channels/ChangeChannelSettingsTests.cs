using TipLine.Domain.Channels;

namespace TipLine.Cli.Tests.Channels;

/// <summary>"tipline channel set" on the 'wildlife' channel that "tipline init" creates.</summary>
public sealed class ChangeChannelSettingsTests : IDisposable
{
    private readonly ChannelDeployment deployment = new();

    public ChangeChannelSettingsTests()
    {
        deployment.Initialise();
    }

    [Fact]
    public void Set_changes_the_given_settings_and_keeps_the_others()
    {
        var before = deployment.FindChannel(DefaultWildlifeChannel.Slug)!;

        var result = deployment.Run("channel", "set", "--slug", "wildlife", "--name", "Wildlife crime online", "--languages", "fr", "--max-files", "3");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("Changed the channel:", result.Output, StringComparison.Ordinal);
        var after = deployment.FindChannel(DefaultWildlifeChannel.Slug)!;
        Assert.Equal("Wildlife crime online", after.Name);
        Assert.Equal("fr", after.Languages);
        Assert.Equal(3, after.MaximumFiles);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.OrganisationId, after.OrganisationId);
        Assert.Equal(before.Description, after.Description);
        Assert.Equal(before.MaximumFileBytes, after.MaximumFileBytes);
        Assert.Equal(before.RetentionDays, after.RetentionDays);
        Assert.Equal(before.IsOpen, after.IsOpen);
    }

    [Fact]
    public void Set_with_an_empty_description_clears_it()
    {
        var result = deployment.Run("channel", "set", "--slug", "wildlife", "--description", "");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(string.Empty, deployment.FindChannel(DefaultWildlifeChannel.Slug)!.Description);
    }

    [Fact]
    public void Set_to_the_current_values_says_so_and_writes_nothing_not_even_an_audit_entry()
    {
        var current = deployment.FindChannel(DefaultWildlifeChannel.Slug)!;
        var before = deployment.Snapshot();

        var result = deployment.Run("channel", "set", "--slug", "wildlife", "--name", current.Name, "--languages", "es,fr,en", "--retention-days", current.RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("Nothing to change", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    [Fact]
    public void Set_on_an_unknown_slug_is_refused_and_changes_nothing()
    {
        var before = deployment.Snapshot();

        var result = deployment.Run("channel", "set", "--slug", "rhino-horn", "--name", "Rhino horn");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("there is no channel 'rhino-horn'", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    public void Dispose() => deployment.Dispose();
}
