using TipLine.Domain.Organisations;

namespace TipLine.Domain.Tests.Organisations;

public sealed class CountryListTests
{
    [Fact]
    public void Country_codes_are_stored_upper_case_sorted_and_without_duplicates()
    {
        Assert.Equal("FR,GA,VN", CountryList.Normalise(["vn", " fr", "GA", "fr"]));
        Assert.Equal(["FR", "GA", "VN"], CountryList.Split("FR,GA,VN"));
        Assert.Empty(CountryList.Split(string.Empty));
    }

    [Theory]
    [InlineData("FRA")]
    [InlineData("F")]
    [InlineData("F1")]
    [InlineData("")]
    public void Anything_but_a_two_letter_code_is_refused(string code)
    {
        Assert.Throws<ArgumentException>(() => CountryList.Normalise([code]));
    }
}
