using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipLine.Domain.Rewards;

namespace TipLine.Domain.Tests.Rewards;

public sealed class RewardRoundingTests
{
    [Theory]
    [InlineData("1000001.00", "10", null, "USD", "100000.10")]
    [InlineData("333.33", "33.33", null, "EUR", "111.09")]
    [InlineData("100.00", "12.5", null, "EUR", "12.50")]
    [InlineData("1000", "15", null, "JPY", "150")]
    [InlineData("999", "15", null, "JPY", "149")]
    [InlineData("10.005", "10", null, "KWD", "1.000")]
    [InlineData("2000000", "30", "500000", "USD", "500000")]
    [InlineData("0", "30", null, "USD", "0")]
    public void Entitlement_is_rounded_down_to_the_minor_unit_then_capped(string collected, string percent, string? cap, string currency, string expected)
    {
        var result = RewardRounding.Entitlement(decimal.Parse(collected, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture),
            cap is null ? null : decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture), currency);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Property]
    public Property Entitlement_never_exceeds_the_exact_share_nor_falls_a_minor_unit_below_it(PositiveInt cents, byte percentUnits)
    {
        var collected = cents.Get / 100m;
        var percent = Math.Clamp((int)percentUnits, 1, 100);
        var exact = collected * percent / 100m;
        var entitlement = RewardRounding.Entitlement(collected, percent, null, "EUR");
        return (entitlement <= exact && exact - entitlement < 0.01m && decimal.Round(entitlement, 2) == entitlement).ToProperty();
    }
}
