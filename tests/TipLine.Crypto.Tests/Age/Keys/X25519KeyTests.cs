using TipLine.Crypto.Age;

namespace TipLine.Crypto.Tests.Age.Keys;

public sealed class X25519KeyTests
{
    // The example key pair from the age specification (C2SP age.md, "The X25519 recipient type").
    private const string SpecIdentity = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
    private const string SpecRecipient = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";

    [Fact]
    public void Spec_identity_yields_spec_recipient()
    {
        using var identity = X25519Identity.Parse(SpecIdentity);
        Assert.Equal(SpecRecipient, identity.Recipient.ToString());
        Assert.Equal(SpecIdentity, identity.ToSecretString());
    }

    [Fact]
    public void Recipient_round_trips_and_public_key_is_a_copy()
    {
        var recipient = X25519Recipient.Parse(SpecRecipient);
        Assert.Equal(SpecRecipient, recipient.ToString());
        var copy = recipient.PublicKey;
        copy[0] ^= 1;
        Assert.Equal(SpecRecipient, recipient.ToString());
    }

    [Theory]
    [InlineData("AGE1ZVKYG2LQZRAA2LNJVQEJ32NKUU0UES2S82HZRYE869XEEXVN73EQUNUJWJ")] // age rejects uppercase recipients
    [InlineData("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwk")] // bad checksum
    [InlineData("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq5q4ahe")] // wrong length
    [InlineData("nope")]
    public void Invalid_recipients_are_rejected(string text)
    {
        Assert.False(X25519Recipient.TryParse(text, out _));
        Assert.Equal(AgeError.InvalidRecipient, Assert.Throws<AgeException>(() => X25519Recipient.Parse(text)).Error);
    }

    [Theory]
    [InlineData("age-secret-key-1gfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpq4egaex")] // age wants uppercase
    [InlineData(SpecRecipient)]
    [InlineData("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEY")]
    public void Invalid_identities_are_rejected(string text)
    {
        Assert.Equal(AgeError.InvalidIdentity, Assert.Throws<AgeException>(() => X25519Identity.Parse(text)).Error);
    }

    [Fact]
    public void Generated_identities_differ_and_round_trip_through_text()
    {
        using var a = X25519Identity.Generate();
        using var b = X25519Identity.Generate();
        Assert.NotEqual(a.ToSecretString(), b.ToSecretString());
        using var parsed = X25519Identity.Parse(a.ToSecretString());
        Assert.Equal(a.Recipient.ToString(), parsed.Recipient.ToString());
    }

    [Fact]
    public void Disposed_identity_no_longer_decrypts_or_exports()
    {
        var identity = X25519Identity.Generate();
        var file = AgeEncryptor.Encrypt("x"u8, [identity.Recipient]);
        identity.Dispose();
        Assert.Throws<ObjectDisposedException>(() => identity.ToSecretString());
        Assert.Throws<ObjectDisposedException>(() => AgeDecryptor.Decrypt(file, [identity]));
    }
}
