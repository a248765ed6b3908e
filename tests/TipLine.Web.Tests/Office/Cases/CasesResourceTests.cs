using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using TipLine.Application.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Routing;

namespace TipLine.Web.Tests.Office.Cases;

/// <summary>Every string the case pages need exists in English, French and Spanish, and the two translations are translated.</summary>
public sealed partial class CasesResourceTests
{
    private static readonly ResourceManager Resources = new("TipLine.Web.Resources.CasesResource", typeof(Program).Assembly);

    private static readonly string[] CaseAreas = ["TipLine.Application.Cases", "TipLine.Application.Notices"];

    private static readonly string[] RoutingNamespaces =
    [
        "TipLine.Application.Routing", "TipLine.Application.Routing.RouteCase", "TipLine.Application.Routing.WithdrawRouting",
        "TipLine.Application.Routing.SuggestRouting",
    ];

    public static TheoryData<string> Languages => new() { "en", "fr", "es" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_refusal_key_of_the_case_routing_and_notice_use_cases_has_a_text(string language)
    {
        // The routing rules' own use cases (administration) live beside these and are translated with the admin pages;
        // the case export has its own page and resource (CaseExportResourceTests).
        var keys = typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns != Export.CaseExportResourceTests.ExportNamespace
                && (RoutingNamespaces.Contains(ns) || CaseAreas.Any(area => ns == area || ns.StartsWith(area + ".", StringComparison.Ordinal))))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(value => MessageKeyPattern().IsMatch(value))
            .ToList();

        Assert.True(keys.Count >= 40, $"only {keys.Count} keys found");
        var missing = keys.Where(key => !Has(language, key)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_status_urgency_appendix_outcome_shipment_organisation_type_and_routing_reason_has_a_label(string language)
    {
        var keys = Labels<CaseStatus>("Status").Concat(Labels<Urgency>("Urgency")).Concat(Labels<CitesAppendix>("Appendix"))
            .Concat(Labels<CaseOutcome>("Outcome")).Concat(Labels<OrganisationType>("OrgType")).Concat(Labels<RoutingCriterion>("Criterion"))
            .Concat(ShipmentMethods.All.Select(m => "Shipment." + m));

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
        var copied = english.Where(e => e.Value.Length > 12 && translated[e.Key] == e.Value).Select(e => e.Key).ToList();
        Assert.Empty(copied);
    }

    private static IEnumerable<string> Labels<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => $"{prefix}.{v}");

    private static bool Has(string language, string key) =>
        Entries(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language)).ContainsKey(key);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    [GeneratedRegex("^(case|cases|routing|takedown)\\.[a-zA-Z]+(\\.[a-zA-Z]+)*$")]
    private static partial Regex MessageKeyPattern();
}
