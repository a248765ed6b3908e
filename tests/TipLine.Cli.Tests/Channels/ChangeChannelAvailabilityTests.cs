using TipLine.Application.Intake;
using TipLine.Application.Intake.OpenIntakeForm;
using TipLine.Domain.Channels;

namespace TipLine.Cli.Tests.Channels;

/// <summary>"tipline channel close" and "open", checked through the use case that serves the intake form.</summary>
public sealed class ChangeChannelAvailabilityTests : IDisposable
{
    private readonly ChannelDeployment deployment = new();

    public ChangeChannelAvailabilityTests()
    {
        deployment.Initialise();
    }

    [Fact]
    public async Task A_closed_channel_has_no_form_until_it_is_opened_again()
    {
        Assert.NotNull(await OpenFormAsync());

        var closed = deployment.Run("channel", "close", "--slug", "wildlife");

        Assert.True(closed.ExitCode == 0, closed.Error);
        Assert.False(deployment.FindChannel(DefaultWildlifeChannel.Slug)!.IsOpen);
        Assert.Null(await OpenFormAsync());

        var opened = deployment.Run("channel", "open", "--slug", "wildlife");

        Assert.True(opened.ExitCode == 0, opened.Error);
        Assert.True(deployment.FindChannel(DefaultWildlifeChannel.Slug)!.IsOpen);
        Assert.NotNull(await OpenFormAsync());
    }

    [Fact]
    public void Closing_a_closed_channel_succeeds_without_writing_anything()
    {
        Assert.Equal(0, deployment.Run("channel", "close", "--slug", "wildlife").ExitCode);
        var before = deployment.Snapshot();

        var again = deployment.Run("channel", "close", "--slug", "wildlife");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already closed", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    [Fact]
    public void Opening_an_open_channel_succeeds_without_writing_anything()
    {
        var before = deployment.Snapshot();

        var result = deployment.Run("channel", "open", "--slug", "wildlife");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("already open", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    [Theory]
    [InlineData("close")]
    [InlineData("open")]
    public void An_unknown_slug_is_refused_and_changes_nothing(string subcommand)
    {
        var before = deployment.Snapshot();

        var result = deployment.Run("channel", subcommand, "--slug", "no-such-channel");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("there is no channel 'no-such-channel'", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, deployment.Snapshot());
    }

    public void Dispose() => deployment.Dispose();

    private async Task<IntakeForm?> OpenFormAsync()
    {
        await using var context = deployment.OpenContext();
        return await new OpenIntakeFormHandler(new OpenChannels(context)).Handle(new OpenIntakeForm(DefaultWildlifeChannel.Slug), CancellationToken.None);
    }
}
