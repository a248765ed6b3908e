using System.Text;
using TipLine.Crypto.Age;
using TipLine.Crypto.Sessions;

namespace TipLine.Crypto.Tests.Sessions;

public sealed class SessionKeySealTests
{
    [Fact]
    public void Seal_then_unseal_returns_the_same_key_and_the_blob_does_not_contain_it()
    {
        using var identity = X25519Identity.Generate();

        var sealedKey = SessionKeySeal.Seal(identity, "session-42"u8);
        using var unsealed = SessionKeySeal.Unseal(sealedKey.SealedBlob, sealedKey.CookieSecret, "session-42"u8);

        Assert.Equal(32, sealedKey.CookieSecret.Length);
        Assert.Equal(identity.ToSecretString(), unsealed.ToSecretString());
        Assert.DoesNotContain("AGE-SECRET-KEY", Encoding.Latin1.GetString(sealedKey.SealedBlob), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_seal_uses_a_fresh_secret_and_nonce()
    {
        using var identity = X25519Identity.Generate();

        var first = SessionKeySeal.Seal(identity);
        var second = SessionKeySeal.Seal(identity);

        Assert.NotEqual(first.CookieSecret, second.CookieSecret);
        Assert.NotEqual(first.SealedBlob, second.SealedBlob);
    }

    [Fact]
    public void Wrong_secret_other_binding_or_any_tampered_byte_is_refused()
    {
        using var identity = X25519Identity.Generate();
        var sealedKey = SessionKeySeal.Seal(identity, "session-42"u8);

        Assert.Throws<SessionKeyUnsealException>(() => SessionKeySeal.Unseal(sealedKey.SealedBlob, new byte[32], "session-42"u8));
        Assert.Throws<SessionKeyUnsealException>(() => SessionKeySeal.Unseal(sealedKey.SealedBlob, sealedKey.CookieSecret, "session-43"u8));
        Assert.Throws<SessionKeyUnsealException>(() => SessionKeySeal.Unseal(sealedKey.SealedBlob, sealedKey.CookieSecret[..31], "session-42"u8));
        Assert.Throws<SessionKeyUnsealException>(() => SessionKeySeal.Unseal(sealedKey.SealedBlob[..^1], sealedKey.CookieSecret, "session-42"u8));
        Assert.Throws<SessionKeyUnsealException>(() => SessionKeySeal.Unseal([], sealedKey.CookieSecret, "session-42"u8));
        for (var i = 0; i < sealedKey.SealedBlob.Length; i++)
        {
            var tampered = (byte[])sealedKey.SealedBlob.Clone();
            tampered[i] ^= 0x20;
            Assert.Throws<SessionKeyUnsealException>(() => SessionKeySeal.Unseal(tampered, sealedKey.CookieSecret, "session-42"u8));
        }

        for (var i = 0; i < sealedKey.CookieSecret.Length; i++)
        {
            var tampered = (byte[])sealedKey.CookieSecret.Clone();
            tampered[i] ^= 0x01;
            Assert.Throws<SessionKeyUnsealException>(() => SessionKeySeal.Unseal(sealedKey.SealedBlob, tampered, "session-42"u8));
        }
    }
}
