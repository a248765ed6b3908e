using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using TipLine.Application.Organisations;
using TipLine.Application.Routing.CreateRoutingRule;
using TipLine.Application.Staff;
using TipLine.Application.Staff.DisableStaffMember;
using TipLine.Application.Staff.InviteStaffMember;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Web.Resources;

namespace TipLine.Web.Tests.Office.Admin;

/// <summary>Every administration string exists in English, French and Spanish, and every refusal the use cases can give has one.</summary>
public sealed class AdminStringsTests
{
    private static readonly ResourceManager Resources = new(typeof(AdminResource).FullName!, typeof(AdminResource).Assembly);

    public static TheoryData<string> Languages => ["fr", "es"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EachLanguageHasEveryKeyWithText(string language)
    {
        var english = Strings(CultureInfo.InvariantCulture);
        var translated = Strings(new CultureInfo(language));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
        Assert.NotEqual(english["RecoveryKeyOnce"], translated["RecoveryKeyOnce"]);
        Assert.NotEqual(english["staff.administrator.last"], translated["staff.administrator.last"]);
    }

    [Fact]
    public void EveryRefusalKeyOfTheAdministrationUseCasesHasText()
    {
        var english = Strings(CultureInfo.InvariantCulture);
        var keys = new[] { typeof(OrganisationRules), typeof(StaffMemberRules), typeof(OrganisationStaff), typeof(InviteStaffMemberValidator), typeof(DisableStaffMemberValidator), typeof(CreateRoutingRuleValidator) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.True(keys.Count >= 30, "Too few refusal keys found.");
        Assert.All(keys, key => Assert.True(english.ContainsKey(key), $"No text for {key}."));
    }

    [Fact]
    public void EveryOrganisationTypeRoleAppendixAndUrgencyHasAName()
    {
        var english = Strings(CultureInfo.InvariantCulture);
        var names = Enum.GetNames<OrganisationType>().Select(n => "OrganisationType." + n)
            .Concat(Enum.GetValues<StaffRoles>().Where(role => role != StaffRoles.None).Select(role => "Role." + role))
            .Concat(Enum.GetNames<CitesAppendix>().Select(n => "Appendix." + n))
            .Concat(Enum.GetNames<Urgency>().Select(n => "Urgency." + n));

        Assert.All(names, name => Assert.True(english.ContainsKey(name), $"No text for {name}."));
    }

    private static Dictionary<string, string> Strings(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!, StringComparer.Ordinal);
}
