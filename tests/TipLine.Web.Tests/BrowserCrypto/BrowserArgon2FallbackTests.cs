using System.Text.Json;
using TipLine.Crypto.Passwords;
using TipLine.Crypto.Receipts;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>
/// With WebAssembly disabled (Tor Browser "Safer"), hash-wasm cannot run and the receipt derivation falls back to
/// the pure-JavaScript Argon2id of @noble/hashes; it must give the same keys as hash-wasm and as the server.
/// </summary>
public sealed class BrowserArgon2FallbackTests
{
    private static readonly byte[] VectorSalt = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
    private const string VectorDigits = "1234567890123456789012345678";

    [Fact]
    public void Without_WebAssembly_the_pure_JavaScript_Argon2id_reproduces_the_fixed_vector()
    {
        var fallback = Derive(VectorDigits, VectorSalt, Argon2idParameters.FastForTestsOnly, withoutWebAssembly: true);

        Assert.Equal("javascript", fallback.GetProperty("argon2Implementation").GetString());
        Assert.Equal("AGE-SECRET-KEY-1SLP4CNHKRCLYTWEVXUUH649SDX3QS22V7LFTSC0CQ8QAG5F74PKQHC26QV", fallback.GetProperty("identity").GetString());
        Assert.Equal("age1cxcckgg7r34clgjacxyecnfp46mzunypfv6xy5t0hxv08kgnt9jqrhus6w", fallback.GetProperty("recipient").GetString());
        Assert.Equal("d403b54fb1745951fe8143c10d3ab3424a2c52d18f09f66b271e0cdff74314bb", fallback.GetProperty("lookupHashHex").GetString());
    }

    [Fact]
    public void With_WebAssembly_hash_wasm_runs_and_both_implementations_agree_at_the_default_cost()
    {
        var receipt = Receipt.Generate();
        var salt = ReceiptKeys.GenerateDeploymentSalt();

        var wasm = Derive(receipt.Digits, salt, Argon2idParameters.Default, withoutWebAssembly: false);
        var fallback = Derive(receipt.Digits, salt, Argon2idParameters.Default, withoutWebAssembly: true);

        Assert.Equal("webassembly", wasm.GetProperty("argon2Implementation").GetString());
        Assert.Equal("javascript", fallback.GetProperty("argon2Implementation").GetString());
        using var server = ReceiptKeys.Derive(receipt, salt, Argon2idParameters.Default);
        foreach (var browser in new[] { wasm, fallback })
        {
            Assert.Equal(server.WhistleblowerIdentity.ToSecretString(), browser.GetProperty("identity").GetString());
            Assert.Equal(server.WhistleblowerRecipient.ToString(), browser.GetProperty("recipient").GetString());
            Assert.Equal(Convert.ToHexStringLower(server.LookupHash), browser.GetProperty("lookupHashHex").GetString());
            Assert.Equal(
                Convert.ToHexStringLower(server.LookupHash),
                Convert.ToHexStringLower(ReceiptKeys.LookupHashOf(Convert.FromHexString(browser.GetProperty("lookupSecretHex").GetString()!))));
        }
    }

    [Fact]
    public void The_fallback_handles_several_lanes_like_the_server()
    {
        var parameters = new Argon2idParameters(MemoryKiB: 2048, Iterations: 2, Parallelism: 4);
        var receipt = Receipt.Generate();
        var salt = ReceiptKeys.GenerateDeploymentSalt();

        var fallback = Derive(receipt.Digits, salt, parameters, withoutWebAssembly: true);

        using var server = ReceiptKeys.Derive(receipt, salt, parameters);
        Assert.Equal(server.WhistleblowerIdentity.ToSecretString(), fallback.GetProperty("identity").GetString());
        Assert.Equal(Convert.ToHexStringLower(server.LookupHash), fallback.GetProperty("lookupHashHex").GetString());
    }

    private static JsonElement Derive(string digits, byte[] salt, Argon2idParameters parameters, bool withoutWebAssembly) =>
        ClientAppScripts.RunForJson("derive.mjs",
        [
            JsonSerializer.Serialize(new
            {
                digits,
                salt = Convert.ToBase64String(salt),
                memoryKiB = parameters.MemoryKiB,
                iterations = parameters.Iterations,
                parallelism = parameters.Parallelism,
                withoutWebAssembly,
            }),
        ]);
}
