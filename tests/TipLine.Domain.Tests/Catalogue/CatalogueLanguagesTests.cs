using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class CatalogueLanguagesTests
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("es_MX", "es")]
    [InlineData(" es ", "es")]
    [InlineData("en-GB", "en")]
    [InlineData("de", "en")]
    [InlineData("french", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void A_language_tag_resolves_to_a_supported_language_or_to_English(string? tag, string expected)
    {
        Assert.Equal(expected, CatalogueLanguages.Resolve(tag));
    }
}
