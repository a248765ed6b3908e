namespace TipLine.Domain.Time;

/// <summary>Reduces time to the UTC day, the only precision TipLine keeps for anything a whistleblower does.</summary>
public static class DayClock
{
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
