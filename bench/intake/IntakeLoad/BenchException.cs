namespace TipLine.Bench.Intake;

/// <summary>A measurement that cannot be trusted (the server refused a request, a bad option): the run stops.</summary>
public sealed class BenchException : Exception
{
    public BenchException()
    {
    }

    public BenchException(string message)
        : base(message)
    {
    }

    public BenchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
