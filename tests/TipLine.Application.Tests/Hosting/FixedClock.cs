namespace TipLine.Application.Tests.Hosting;

/// <summary>A clock stopped at a chosen instant, so audit days are predictable.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
