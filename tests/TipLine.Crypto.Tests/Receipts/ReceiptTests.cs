using System.Text.RegularExpressions;
using TipLine.Crypto.Receipts;

namespace TipLine.Crypto.Tests.Receipts;

public sealed class ReceiptTests
{
    private const string Valid = "1234567890123456789012345678";

    [Fact]
    public void Has_at_least_80_bits_of_entropy_in_28_digits_with_a_valid_check_digit()
    {
        Assert.True(Receipt.RandomDigitCount * Math.Log2(10) >= 80);
        var receipt = Receipt.Generate();

        Assert.Matches(new Regex("^[0-9]{28}$"), receipt.Digits);
        Assert.True(DammCheckDigit.IsValid(receipt.Digits));
        Assert.Matches(new Regex("^[0-9]{4}( [0-9]{4}){6}$"), receipt.ToDisplayString());
        Assert.Matches(new Regex("^[0-9]{4}(-[0-9]{4}){6}$"), receipt.ToGroupedString('-'));
    }

    [Fact]
    public void Generated_digits_are_distinct_and_roughly_uniform()
    {
        var receipts = Enumerable.Range(0, 2000).Select(_ => Receipt.Generate().Digits).ToList();
        Assert.Equal(receipts.Count, receipts.Distinct(StringComparer.Ordinal).Count());

        // 54 000 random digits: each digit's count is 5 400 ± a wide margin (≈ 7 standard deviations).
        var counts = new int[10];
        foreach (var digits in receipts)
        {
            foreach (var c in digits[..Receipt.RandomDigitCount])
            {
                counts[c - '0']++;
            }
        }

        Assert.All(counts, count => Assert.InRange(count, 4900, 5900));
    }

    [Theory]
    [InlineData("1234 5678 9012 3456 7890 1234 5678")]
    [InlineData("1234-5678-9012-3456-7890-1234-5678")]
    [InlineData("  1234567890123456789012345678\n")]
    [InlineData("1234\t5678 . 9012_3456/7890–1234—5678")]
    [InlineData("١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦ ٧٨٩٠ ١٢٣٤ ٥٦٧٨")] // Arabic-Indic digits
    [InlineData("१२३४ ५६७८ ९०१२ ३४५६ ७८९० १२३४ ५६७८")] // Devanagari digits
    [InlineData("１２３４ ５６７８ ９０１２ ３４５６ ７８９０ １２３４ ５６７８")] // fullwidth digits
    [InlineData("\u200e1234 5678 9012 3456 7890 1234 5678\u200f")] // bidi marks from copy-paste
    public void Parse_normalises_separators_and_digits_of_other_scripts(string input)
    {
        var receipt = Receipt.Parse(input);

        Assert.Equal(Valid, receipt.Digits);
        Assert.Equal(Receipt.Parse(Valid), receipt);
    }

    [Theory]
    [InlineData("", ReceiptError.Empty)]
    [InlineData("   - - ", ReceiptError.Empty)]
    [InlineData("1234 5678 9012 3456 7890 1234 567O", ReceiptError.InvalidCharacter)]
    [InlineData("1234 5678 9012 3456 7890 1234 567", ReceiptError.WrongLength)]
    [InlineData("1234 5678 9012 3456 7890 1234 56789", ReceiptError.WrongLength)]
    [InlineData("1234 5678 9012 3456 7890 1234 5679", ReceiptError.CheckDigitMismatch)]
    [InlineData("2134 5678 9012 3456 7890 1234 5678", ReceiptError.CheckDigitMismatch)]
    public void Parse_rejects_bad_input_with_a_typed_reason(string input, ReceiptError expected)
    {
        var exception = Assert.Throws<ReceiptFormatException>(() => Receipt.Parse(input));

        Assert.Equal(expected, exception.Error);
        Assert.False(Receipt.TryParse(input, out var receipt, out var error));
        Assert.Null(receipt);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_does_not_reveal_the_digits()
    {
        var receipt = Receipt.Parse(Valid);

        Assert.DoesNotContain("1234", receipt.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1234", $"{receipt}", StringComparison.Ordinal);
    }
}
