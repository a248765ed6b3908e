using System.Text;
using System.Text.Json;
using TipLine.Crypto.Passwords;
using TipLine.Crypto.Receipts;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>The browser derivation (hash-wasm Argon2id, noble X25519 and SHA-256, run in node without crypto.subtle) equals ReceiptKeys.Derive.</summary>
public sealed class BrowserReceiptDerivationTests
{
    private static readonly byte[] VectorSalt = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();

    [Fact]
    public void Browser_derivation_reproduces_the_fixed_vector_with_the_fast_parameters()
    {
        var browser = DeriveInBrowserCode("1234567890123456789012345678", VectorSalt, Argon2idParameters.FastForTestsOnly);

        // The same literals as TipLine.Crypto.Tests' ReceiptKeysTests (libargon2, age-keygen -y, sha256sum).
        Assert.Equal("AGE-SECRET-KEY-1SLP4CNHKRCLYTWEVXUUH649SDX3QS22V7LFTSC0CQ8QAG5F74PKQHC26QV", browser.Identity);
        Assert.Equal("age1cxcckgg7r34clgjacxyecnfp46mzunypfv6xy5t0hxv08kgnt9jqrhus6w", browser.Recipient);
        Assert.Equal("d403b54fb1745951fe8143c10d3ab3424a2c52d18f09f66b271e0cdff74314bb", browser.LookupHashHex);
        Assert.Equal("webassembly", browser.Argon2Implementation); // the fallback has its own tests
    }

    [Fact]
    public void Browser_derivation_reproduces_the_fixed_vector_with_the_default_parameters()
    {
        var browser = DeriveInBrowserCode("1234567890123456789012345678", VectorSalt, Argon2idParameters.Default);

        Assert.Equal("age1t2tcekpy0m27ju6uv5mnmc9r62lmnxz024dgs5lsldkegfaw5vyqdr7nd5", browser.Recipient);
        Assert.Equal("1268136d0c7e854dffb24187fd6d76f5560f7f6a0e181928b75cc19435ab2a38", browser.LookupHashHex);
    }

    public static TheoryData<int, bool> FreshReceipts => new()
    {
        { 1, false },
        { 2, false },
        { 3, false },
        { 4, true },
    };

    [Theory]
    [MemberData(nameof(FreshReceipts))]
    public void Browser_derivation_equals_the_server_derivation_for_a_fresh_receipt_and_salt(int run, bool defaultParameters)
    {
        Assert.InRange(run, 1, 4);
        var parameters = defaultParameters ? Argon2idParameters.Default : Argon2idParameters.FastForTestsOnly;
        var receipt = Receipt.Generate();
        var salt = ReceiptKeys.GenerateDeploymentSalt();
        using var server = ReceiptKeys.Derive(receipt, salt, parameters);

        var browser = DeriveInBrowserCode(receipt.Digits, salt, parameters);

        Assert.Equal(server.WhistleblowerIdentity.ToSecretString(), browser.Identity);
        Assert.Equal(server.WhistleblowerRecipient.ToString(), browser.Recipient);
        Assert.Equal(Convert.ToHexStringLower(server.LookupHash), browser.LookupHashHex);
        // The follow-up login sends the secret itself; the server hashes it and must land on the stored hash.
        Assert.Equal(Convert.ToHexStringLower(server.LookupHash), Convert.ToHexStringLower(ReceiptKeys.LookupHashOf(Convert.FromHexString(browser.LookupSecretHex))));
    }

    [Fact]
    public void Browser_derivation_refuses_a_salt_shorter_than_the_server_accepts()
    {
        var result = ClientAppScripts.Run("derive.mjs", [Request(Receipt.Generate().Digits, new byte[15], Argon2idParameters.FastForTestsOnly)]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("at least 16 bytes", result.StandardError, StringComparison.Ordinal);
    }

    private static BrowserKeys DeriveInBrowserCode(string digits, byte[] salt, Argon2idParameters parameters)
    {
        var output = ClientAppScripts.RunSuccessfully("derive.mjs", [Request(digits, salt, parameters)]);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(output));
        var root = json.RootElement;
        return new BrowserKeys(
            root.GetProperty("identity").GetString()!,
            root.GetProperty("recipient").GetString()!,
            root.GetProperty("lookupHashHex").GetString()!,
            root.GetProperty("lookupSecretHex").GetString()!,
            root.GetProperty("argon2Implementation").GetString()!);
    }

    private static string Request(string digits, byte[] salt, Argon2idParameters parameters) =>
        JsonSerializer.Serialize(new
        {
            digits,
            salt = Convert.ToBase64String(salt),
            memoryKiB = parameters.MemoryKiB,
            iterations = parameters.Iterations,
            parallelism = parameters.Parallelism,
        });

    private sealed record BrowserKeys(string Identity, string Recipient, string LookupHashHex, string LookupSecretHex, string Argon2Implementation);
}
