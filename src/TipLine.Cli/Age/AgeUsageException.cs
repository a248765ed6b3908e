namespace TipLine.Cli.Age;

/// <summary>The command line itself is wrong (unknown flag, missing value, conflicting modes).</summary>
internal sealed class AgeUsageException : Exception
{
    public AgeUsageException(string message)
        : base(message)
    {
    }

    public AgeUsageException()
    {
    }

    public AgeUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
