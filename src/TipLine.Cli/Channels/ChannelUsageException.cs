namespace TipLine.Cli.Channels;

/// <summary>The command line is wrong (unknown option, missing or invalid value): exit code 2, nothing read or written.</summary>
internal sealed class ChannelUsageException : Exception
{
    public ChannelUsageException(string message)
        : base(message)
    {
    }

    public ChannelUsageException()
    {
    }

    public ChannelUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
