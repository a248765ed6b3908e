using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using TipLine.Application.Audit;
using TipLine.Domain.Rewards;

namespace TipLine.Web.Tests.Office.Rewards.Programmes;

/// <summary>Every refusal the programme, referral, sanctions and notice pages can show, and every label, exists in English, French and Spanish.</summary>
public sealed partial class RewardsResourceTests
{
    private static readonly ResourceManager Resources = new("TipLine.Web.Resources.RewardsResource", typeof(Program).Assembly);

    private static readonly string[] Areas =
    [
        "TipLine.Application.Rewards.Programmes", "TipLine.Application.Rewards.Referrals", "TipLine.Application.Rewards.Sanctions",
        "TipLine.Application.Rewards.Notices",
    ];

    public static TheoryData<string> Languages => new() { "en", "fr", "es" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_refusal_key_these_pages_can_show_has_a_text(string language)
    {
        var applicationKeys = typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && Areas.Any(area => ns == area || ns.StartsWith(area + ".", StringComparison.Ordinal)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(value => MessageKeyPattern().IsMatch(value));
        var programmeKeys = new RewardProgrammeTerms(string.Empty, string.Empty, "x", 0m, 200m, -1m, 0m, "x", 0, 0, 0, new string('x', 3000), [], false)
            .Problems().Select(p => p.Key);
        string[] ledgerKeys =
        [
            LedgerRefusals.SanctionAmountInvalid, LedgerRefusals.UnknownSanctionEntry, LedgerRefusals.CorrectionOfCorrection,
            LedgerRefusals.CorrectionBelowZero, LedgerRefusals.CorrectionCurrency, LedgerRefusals.CollectionWouldOverpay,
        ];
        var keys = applicationKeys.Concat(programmeKeys).Concat(ledgerKeys).Distinct().ToList();

        Assert.True(keys.Count >= 25, $"only {keys.Count} keys found");
        var missing = keys.Where(key => !Has(language, key)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_kind_factor_status_and_claimant_kind_has_a_label(string language)
    {
        var keys = Labels<SanctionEntryKind>("Kind").Concat(Labels<RewardFactor>("Factor")).Concat(Labels<ClaimStatus>("ClaimStatus"))
            .Concat(Labels<ClaimantKind>("ClaimantKind"));

        var missing = keys.Where(key => !Has(language, key)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void The_translations_hold_every_english_key_and_are_not_english_copies(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(english.Where(e => e.Value.Length > 12 && translated[e.Key] == e.Value).Select(e => e.Key));
        Assert.Empty(english.Where(e => Placeholders(e.Value) != Placeholders(translated[e.Key])).Select(e => e.Key));
    }

    private static string Placeholders(string text) => string.Join(',', PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    private static IEnumerable<string> Labels<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => $"{prefix}.{v}");

    private static bool Has(string language, string key) =>
        Entries(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language)).ContainsKey(key);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    [GeneratedRegex("^rewards\\.[a-zA-Z]+(\\.[a-zA-Z]+)*$")]
    private static partial Regex MessageKeyPattern();

    [GeneratedRegex("\\{\\d+\\}")]
    private static partial Regex PlaceholderPattern();
}
