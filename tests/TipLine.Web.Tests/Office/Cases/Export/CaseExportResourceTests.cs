using System.Globalization;
using System.Resources;
using TipLine.Application.Cases.ExportCase;

namespace TipLine.Web.Tests.Office.Cases.Export;

/// <summary>The export form's strings and the export's refusal exist in English, French and Spanish, and are translated.</summary>
public sealed class CaseExportResourceTests
{
    public const string ExportNamespace = "TipLine.Application.Cases.ExportCase";

    private static readonly ResourceManager Resources = new("TipLine.Web.Resources.CaseExportResource", typeof(Program).Assembly);

    private static readonly string[] Keys = ["ExportTitle", "ExportHint", "RecipientLabel", "ExportButton", "BackToCase", "ErrorsTitle", ExportCaseValidator.BadRecipient];

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_string_is_translated(string language)
    {
        Assert.Equal(ExportNamespace, typeof(ExportCase).Namespace);
        var english = CultureInfo.GetCultureInfo("en");
        var translated = CultureInfo.GetCultureInfo(language);
        var untranslated = Keys.Where(key =>
            Resources.GetResourceSet(translated, createIfNotExists: true, tryParents: false)?.GetString(key) is not { } text
            || text == Resources.GetString(key, english)).ToList();
        Assert.Empty(untranslated);
        Assert.All(Keys, key => Assert.False(string.IsNullOrWhiteSpace(Resources.GetString(key, english))));
    }
}
