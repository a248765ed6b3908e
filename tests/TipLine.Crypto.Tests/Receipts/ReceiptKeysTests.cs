using TipLine.Crypto.Passwords;
using TipLine.Crypto.Receipts;

namespace TipLine.Crypto.Tests.Receipts;

/// <summary>
/// Fixed vectors computed independently of this code: Argon2id by the reference libargon2 (argon2id_hash_raw),
/// the recipient by the age CLI (<c>age-keygen -y</c> on the bech32 of okm[0..32]), the lookup hash by sha256sum.
/// The browser implementation (hash-wasm) must reproduce the same values.
/// </summary>
public sealed class ReceiptKeysTests
{
    private const string VectorReceipt = "1234 5678 9012 3456 7890 1234 5678";
    private static readonly byte[] VectorSalt = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray(); // 01 02 … 10

    [Fact]
    public void Derivation_matches_the_fixed_vector_with_the_fast_parameters()
    {
        using var keys = ReceiptKeys.Derive(Receipt.Parse(VectorReceipt), VectorSalt, Argon2idParameters.FastForTestsOnly);

        Assert.Equal("AGE-SECRET-KEY-1SLP4CNHKRCLYTWEVXUUH649SDX3QS22V7LFTSC0CQ8QAG5F74PKQHC26QV", keys.WhistleblowerIdentity.ToSecretString());
        Assert.Equal("age1cxcckgg7r34clgjacxyecnfp46mzunypfv6xy5t0hxv08kgnt9jqrhus6w", keys.WhistleblowerRecipient.ToString());
        Assert.Equal("d403b54fb1745951fe8143c10d3ab3424a2c52d18f09f66b271e0cdff74314bb", Convert.ToHexStringLower(keys.LookupHash));
    }

    [Fact]
    public void Derivation_matches_the_fixed_vector_with_the_default_parameters()
    {
        using var keys = ReceiptKeys.Derive(Receipt.Parse(VectorReceipt), VectorSalt, Argon2idParameters.Default);

        Assert.Equal("age1t2tcekpy0m27ju6uv5mnmc9r62lmnxz024dgs5lsldkegfaw5vyqdr7nd5", keys.WhistleblowerRecipient.ToString());
        Assert.Equal("1268136d0c7e854dffb24187fd6d76f5560f7f6a0e181928b75cc19435ab2a38", Convert.ToHexStringLower(keys.LookupHash));
    }

    [Fact]
    public void Another_receipt_or_deployment_salt_gives_unrelated_keys()
    {
        var p = Argon2idParameters.FastForTestsOnly;
        using var baseline = ReceiptKeys.Derive(Receipt.Parse(VectorReceipt), VectorSalt, p);
        using var otherReceipt = ReceiptKeys.Derive(Receipt.Generate(), VectorSalt, p);
        var otherSalt = (byte[])VectorSalt.Clone();
        otherSalt[0] ^= 1;
        using var otherDeployment = ReceiptKeys.Derive(Receipt.Parse(VectorReceipt), otherSalt, p);

        Assert.NotEqual(baseline.WhistleblowerRecipient.ToString(), otherReceipt.WhistleblowerRecipient.ToString());
        Assert.NotEqual(baseline.WhistleblowerRecipient.ToString(), otherDeployment.WhistleblowerRecipient.ToString());
        Assert.False(baseline.MatchesLookupHash(otherReceipt.LookupHash));
        Assert.False(baseline.MatchesLookupHash(otherDeployment.LookupHash));
        Assert.True(baseline.MatchesLookupHash(baseline.LookupHash));
    }

    [Fact]
    public void The_same_receipt_typed_differently_derives_the_same_keys()
    {
        var p = Argon2idParameters.FastForTestsOnly;
        using var typed = ReceiptKeys.Derive(Receipt.Parse("1234-5678-9012-3456-7890-1234-5678"), VectorSalt, p);
        using var pasted = ReceiptKeys.Derive(Receipt.Parse("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨"), VectorSalt, p);

        Assert.Equal(typed.LookupHash, pasted.LookupHash);
    }

    [Fact]
    public void Deployment_salt_shorter_than_16_bytes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ReceiptKeys.Derive(Receipt.Generate(), new byte[15], Argon2idParameters.FastForTestsOnly));
        Assert.Equal(32, ReceiptKeys.GenerateDeploymentSalt().Length);
    }
}
