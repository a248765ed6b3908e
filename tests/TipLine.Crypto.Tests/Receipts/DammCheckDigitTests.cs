using TipLine.Crypto.Receipts;

namespace TipLine.Crypto.Tests.Receipts;

public sealed class DammCheckDigitTests
{
    [Theory]
    [InlineData("572", '4')]
    [InlineData("123456789012345678901234567", '8')]
    public void Computes_the_published_check_digit(string digits, char expected)
    {
        Assert.Equal(expected, DammCheckDigit.Compute(digits));
        Assert.True(DammCheckDigit.IsValid(digits + expected));
    }

    [Fact]
    public void Catches_every_single_digit_error_and_every_adjacent_transposition()
    {
        var valid = Receipt.Generate().Digits.ToCharArray();

        for (var i = 0; i < valid.Length; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                if (d == valid[i])
                {
                    continue;
                }

                var typo = (char[])valid.Clone();
                typo[i] = d;
                Assert.False(DammCheckDigit.IsValid(typo), $"substitution at {i}");
            }
        }

        for (var i = 0; i + 1 < valid.Length; i++)
        {
            if (valid[i] == valid[i + 1])
            {
                continue;
            }

            var swapped = (char[])valid.Clone();
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            Assert.False(DammCheckDigit.IsValid(swapped), $"transposition at {i}");
        }
    }
}
