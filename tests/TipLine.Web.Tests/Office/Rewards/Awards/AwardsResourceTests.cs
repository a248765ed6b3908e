using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using TipLine.Application.Audit;
using TipLine.Application.Rewards.Awards;
using TipLine.Application.Rewards.Awards.ReadRewardClaim;
using TipLine.Domain.Rewards;

namespace TipLine.Web.Tests.Office.Rewards.Awards;

/// <summary>Every refusal and label the claim page can show exists in English, French and Spanish, and is translated.</summary>
public sealed partial class AwardsResourceTests
{
    private static readonly ResourceManager Resources = new("TipLine.Web.Resources.AwardsResource", typeof(Program).Assembly);

    public static TheoryData<string> Languages => new() { "en", "fr", "es" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_refusal_key_of_the_award_use_cases_and_the_payment_and_award_ledger_rules_has_a_text(string language)
    {
        var keys = typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == typeof(AwardRefusals).Namespace || ns.StartsWith(typeof(AwardRefusals).Namespace + ".", StringComparison.Ordinal)))
            .Concat([typeof(LedgerRefusals)])
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(value => MessageKeyPattern().IsMatch(value))
            .ToList();

        Assert.True(keys.Count >= 20, $"only {keys.Count} keys found");
        var missing = keys.Where(key => !Has(language, key)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_status_kind_stage_state_factor_and_sealed_marker_has_a_label(string language)
    {
        var keys = Labels<ClaimStatus>("Status").Concat(Labels<ClaimantKind>("Kind")).Concat(Labels<DeterminationStage>("Stage"))
            .Concat(Labels<DeterminationStage>("ProposeTitle")).Concat(Labels<ProposalState>("ProposalState")).Concat(Labels<PaymentKind>("PaymentKind"))
            .Concat(Labels<RewardFactor>("Factor")).Concat(Labels<RewardFactor>("FactorHint")).Concat(Labels<SealedState>("Sealed"));

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
    }

    private static IEnumerable<string> Labels<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => $"{prefix}.{v}");

    private static bool Has(string language, string key) =>
        Entries(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language)).ContainsKey(key);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    [GeneratedRegex("^rewards\\.(determination|appeal|payment|reversal|award|fourEyes)(\\.[a-zA-Z]+)*$")]
    private static partial Regex MessageKeyPattern();
}
