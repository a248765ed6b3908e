using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using TipLine.Application.Audit;
using TipLine.Domain.Rewards;

namespace TipLine.Web.Tests.Rewards.Claims;

/// <summary>Every string of the follow-up's reward section exists in English, French and Spanish, translated.</summary>
public sealed class RewardClaimResourceTests
{
    private static readonly ResourceManager Resources = new("TipLine.Web.Resources.RewardClaimResource", typeof(Program).Assembly);

    public static TheoryData<string> Languages => new() { "en", "fr", "es" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_refusal_key_of_the_claim_use_cases_and_every_claimant_kind_has_a_text(string language)
    {
        var keys = typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("TipLine.Application.Rewards.Claims", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(value => value.StartsWith("rewards.", StringComparison.Ordinal))
            .Concat(Enum.GetValues<ClaimantKind>().Select(kind => "Kind." + kind))
            .ToList();

        Assert.True(keys.Count >= 18, $"only {keys.Count} keys found");
        var entries = Entries(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language));
        var missing = keys.Where(key => !entries.ContainsKey(key)).ToList();
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

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
}
