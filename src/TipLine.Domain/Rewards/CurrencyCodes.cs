using System.Collections.Frozen;

namespace TipLine.Domain.Rewards;

/// <summary>
/// Active ISO 4217 currency codes and their minor units (how many decimals an amount may carry). Funds codes and
/// precious metals are left out: a reward is paid in money a bank can transfer.
/// </summary>
public static class CurrencyCodes
{
    private const string TwoDecimals =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CNY COP " +
        "CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR " +
        "JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN " +
        "NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP " +
        "SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD XCG YER ZAR ZMW ZWG";

    private const string NoDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF";

    private const string ThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";

    private static readonly FrozenDictionary<string, int> MinorUnitsByCode =
        Parse(TwoDecimals, 2).Concat(Parse(NoDecimals, 0)).Concat(Parse(ThreeDecimals, 3))
            .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => MinorUnitsByCode.Keys;

    public static bool IsKnown(string? code) => code is not null && MinorUnitsByCode.ContainsKey(code);

    /// <summary>Upper-cases and trims; null when the text is not an active ISO 4217 code.</summary>
    public static string? Normalise(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        return IsKnown(code) ? code : null;
    }

    public static int MinorUnits(string code) =>
        MinorUnitsByCode.TryGetValue(code, out var units)
            ? units
            : throw new ArgumentException($"'{code}' is not an active ISO 4217 currency code.", nameof(code));

    /// <summary>True when <paramref name="amount"/> has no more decimals than the currency's minor unit allows.</summary>
    public static bool FitsMinorUnit(decimal amount, string code) => decimal.Round(amount, MinorUnits(code)) == amount;

    private static IEnumerable<KeyValuePair<string, int>> Parse(string codes, int units) =>
        codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => KeyValuePair.Create(c, units));
}
