using TipLine.Crypto.Signing;

namespace TipLine.Crypto.Tests.Signing;

public sealed class Ed25519SigningKeyTests
{
    [Fact]
    public void Matches_rfc8032_test_vector_1()
    {
        using var key = Ed25519SigningKey.FromPrivateKey(Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

        var signature = key.Sign([]);

        Assert.Equal("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", Convert.ToHexStringLower(key.PublicKey));
        Assert.Equal(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
            Convert.ToHexStringLower(signature));
        Assert.True(Ed25519Verifier.Verify(key.PublicKey, [], signature));
    }

    [Fact]
    public void Verification_fails_after_any_byte_of_data_signature_or_key_changes()
    {
        using var key = Ed25519SigningKey.Generate();
        var data = "tipline-intake-v1\nsome record\n"u8.ToArray();
        var signature = key.Sign(data);
        var publicKey = key.PublicKey;
        Assert.True(Ed25519Verifier.Verify(publicKey, data, signature));

        for (var i = 0; i < data.Length; i++)
        {
            Assert.False(Ed25519Verifier.Verify(publicKey, Flip(data, i), signature), $"data byte {i}");
        }

        for (var i = 0; i < signature.Length; i++)
        {
            Assert.False(Ed25519Verifier.Verify(publicKey, data, Flip(signature, i)), $"signature byte {i}");
        }

        for (var i = 0; i < publicKey.Length; i++)
        {
            Assert.False(Ed25519Verifier.Verify(Flip(publicKey, i), data, signature), $"public key byte {i}");
        }

        Assert.False(Ed25519Verifier.Verify(publicKey, [.. data, 0], signature));
        Assert.False(Ed25519Verifier.Verify(publicKey, data, signature[..63]));
        Assert.False(Ed25519Verifier.Verify(publicKey[..31], data, signature));
        using var other = Ed25519SigningKey.Generate();
        Assert.False(Ed25519Verifier.Verify(other.PublicKey, data, signature));
    }

    [Fact]
    public void Private_key_round_trips_through_base64()
    {
        using var key = Ed25519SigningKey.Generate();

        using var restored = Ed25519SigningKey.FromBase64(key.ExportPrivateKeyBase64());

        Assert.Equal(key.PublicKey, restored.PublicKey);
        Assert.Equal(key.PublicKeyBase64, restored.PublicKeyBase64);
        Assert.True(Ed25519Verifier.Verify(key.PublicKey, "x"u8, restored.Sign("x"u8)));
    }

    [Fact]
    public void Malformed_private_keys_are_refused()
    {
        Assert.Throws<FormatException>(() => Ed25519SigningKey.FromBase64("not base64!"));
        Assert.Throws<FormatException>(() => Ed25519SigningKey.FromBase64(Convert.ToBase64String(new byte[31])));
        Assert.Throws<FormatException>(() => Ed25519SigningKey.FromBase64(Convert.ToBase64String(new byte[33])));
        Assert.Throws<ArgumentException>(() => Ed25519SigningKey.FromPrivateKey(new byte[64]));
    }

    [Fact]
    public void Disposed_key_cannot_sign()
    {
        var key = Ed25519SigningKey.Generate();
        key.Dispose();

        Assert.Throws<ObjectDisposedException>(() => key.Sign("x"u8));
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] ^= 0x01;
        return copy;
    }
}
