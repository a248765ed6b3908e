using System.Text;
using System.Text.Json;
using TipLine.Crypto.Receipts;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>The login form's receipt check in the browser accepts and refuses exactly what Receipt.TryParse does.</summary>
public sealed class BrowserReceiptParsingTests
{
    private const string Valid = "1234567890123456789012345678"; // the fixed vector of the derivation tests

    public static TheoryData<string> Inputs => new()
    {
        Valid,
        "1234 5678 9012 3456 7890 1234 5678",
        "1234-5678-9012-3456-7890-1234-5678",
        "  1234.5678_9012/3456·7890\u22121234 5678\n",
        "1234\u00a05678\u20039012\u30003456\u00857890\t1234\r\n5678", // no-break, em, ideographic spaces; NEL
        "1234\u200b5678\u200e9012\ufeff3456 7890 1234 5678", // zero-width space, LRM, BOM from copy and paste
        "١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦ ٧٨٩٠ ١٢٣٤ ٥٦٧٨", // Arabic-Indic
        "१२३४ ५६७८ ९०१२ ३४५६ ७८९० १२३४ ५६७८", // Devanagari
        "１２３４ ５６７８ ９０１２ ３４５６ ７８９０ １２３４ ５６７８", // fullwidth
        "𝟏𝟐𝟑𝟒 𝟓𝟔𝟕𝟖 𝟗𝟎𝟏𝟐 𝟑𝟒𝟓𝟔 𝟕𝟖𝟗𝟎 𝟏𝟐𝟑𝟒 𝟓𝟔𝟕𝟖", // mathematical bold, outside the BMP
        "𝟷𝟸𝟹𝟺 𝟻𝟼𝟽𝟾 𝟿𝟶𝟷𝟸 𝟹𝟺𝟻𝟼 𝟽𝟾𝟿𝟶 𝟷𝟸𝟹𝟺 𝟻𝟼𝟽𝟾", // mathematical monospace: a later run in the same block
        "1234 5678 9012 3456 7890 1234 5679", // wrong check digit
        "2134 5678 9012 3456 7890 1234 5678", // adjacent transposition
        "1234 5678 9012 3456 7890 1234 567", // one digit short
        "1234 5678 9012 3456 7890 1234 56789",
        "1234 5678 9012 3456 7890 1234 567O", // letter O
        "1234+5678 9012 3456 7890 1234 5678",
        "",
        "   \t\n",
        "- - -",
        "\ud800" + Valid, // lone surrogate
        new string('1', 500),
        new string(' ', 447) + Valid,
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Browser_and_server_agree_on_the_receipt(string input)
    {
        var expected = Receipt.TryParse(input, out var receipt, out var error);

        var browser = ParseInBrowser(input);

        if (expected)
        {
            Assert.Null(browser.Error);
            Assert.Equal(receipt!.Digits, browser.Digits);
        }
        else
        {
            Assert.Null(browser.Digits);
            Assert.Equal(error.ToString(), browser.Error);
        }
    }

    [Fact]
    public void A_fresh_server_receipt_in_any_of_its_display_forms_is_read_back_by_the_browser()
    {
        var receipt = Receipt.Generate();

        foreach (var form in new[] { receipt.Digits, receipt.ToDisplayString(), receipt.ToGroupedString('-') })
        {
            Assert.Equal(receipt.Digits, ParseInBrowser(form).Digits);
        }
    }

    private static BrowserParse ParseInBrowser(string input)
    {
        // JSON carries the input exactly, lone surrogates included (escaped as \ud800).
        var request = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new[] { input }));
        var result = ClientAppScripts.RunForJson("receipts.mjs", ["parse"], request)[0];
        return new BrowserParse(result.GetProperty("digits").GetString(), result.GetProperty("error").GetString());
    }

    private sealed record BrowserParse(string? Digits, string? Error);
}
