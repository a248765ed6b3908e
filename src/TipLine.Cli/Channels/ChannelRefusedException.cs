namespace TipLine.Cli.Channels;

/// <summary>
/// The command line is well formed but the deployment's state refuses it (unknown slug or organisation, slug taken,
/// no database yet): exit code 1, and the transaction it was thrown in rolls back.
/// </summary>
internal sealed class ChannelRefusedException : Exception
{
    public ChannelRefusedException(string message)
        : base(message)
    {
    }

    public ChannelRefusedException()
    {
    }

    public ChannelRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
