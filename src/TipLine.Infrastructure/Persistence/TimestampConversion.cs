using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TipLine.Infrastructure.Persistence;

/// <summary>
/// Staff-side instants (session expiry, lockout) stored as UTC ticks, so every provider, SQLite included, can compare
/// and order them in SQL. Whistleblower-side data never has an instant, only a day.
/// </summary>
internal sealed class TimestampConversion : ValueConverter<DateTimeOffset, long>
{
    public static readonly TimestampConversion Instance = new();

    private TimestampConversion()
        : base(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
    {
    }
}
