namespace TipLine.Cli.Tests.Channels;

/// <summary>One deployment after "tipline init", shared by tests that must leave it exactly as they found it.</summary>
public sealed class InitialisedChannelDeployment : IDisposable
{
    public InitialisedChannelDeployment()
    {
        Deployment.Initialise();
    }

    public ChannelDeployment Deployment { get; } = new();

    public void Dispose() => Deployment.Dispose();
}
