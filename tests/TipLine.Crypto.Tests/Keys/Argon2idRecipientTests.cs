using System.Text;
using System.Text.RegularExpressions;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Tests.Keys;

public sealed class Argon2idRecipientTests
{
    private static readonly Argon2idParameters Fast = Argon2idParameters.FastForTestsOnly;

    [Fact]
    public void Round_trips_and_records_its_parameters_in_the_stanza()
    {
        var parameters = new Argon2idParameters(2048, 2, 1);

        var file = AgeEncryptor.Encrypt("secret text"u8, [new Argon2idRecipient("pässword", parameters)]);

        Assert.Equal("secret text"u8.ToArray(), AgeDecryptor.Decrypt(file, [new Argon2idIdentity("pässword")]));
        var header = Encoding.ASCII.GetString(file, 0, 120);
        Assert.Matches(new Regex(@"^age-encryption\.org/v1\n-> tipline-argon2id [A-Za-z0-9+/]{22} 2048 2 1\n"), header);
        Assert.Equal(parameters, Argon2idIdentity.ReadParameters(file));
    }

    [Fact]
    public void Wrong_password_is_no_matching_identity()
    {
        var file = AgeEncryptor.Encrypt("x"u8, [new Argon2idRecipient("right", Fast)]);

        var error = Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new Argon2idIdentity("wrong")]));

        Assert.Equal(AgeError.NoMatchingIdentity, error.Error);
    }

    [Fact]
    public void Files_wrapped_with_older_weaker_parameters_still_open_after_they_are_raised()
    {
        var old = AgeEncryptor.Encrypt("old"u8, [new Argon2idRecipient("pw", Fast)]);
        var raised = AgeEncryptor.Encrypt("new"u8, [new Argon2idRecipient("pw", new Argon2idParameters(4096, 2, 2))]);

        var identity = new Argon2idIdentity("pw");

        Assert.Equal("old"u8.ToArray(), AgeDecryptor.Decrypt(old, [identity]));
        Assert.Equal("new"u8.ToArray(), AgeDecryptor.Decrypt(raised, [identity]));
    }

    [Fact]
    public void Parameters_above_the_identity_maximum_are_refused_before_any_work()
    {
        var file = AgeEncryptor.Encrypt("x"u8, [new Argon2idRecipient("pw", new Argon2idParameters(4096, 1, 1))]);

        var error = Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new Argon2idIdentity("pw", maximum: new Argon2idParameters(2048, 10, 1))]));

        Assert.Equal(AgeError.MalformedStanza, error.Error);
    }

    [Fact]
    public void Cannot_be_combined_with_other_recipients()
    {
        using var other = X25519Identity.Generate();

        Assert.ThrowsAny<Exception>(() => AgeEncryptor.Encrypt("x"u8, [new Argon2idRecipient("pw", Fast), other.Recipient]));
    }

    [Fact]
    public void Stanza_that_is_not_alone_is_refused_by_the_identity()
    {
        var stanza = new Argon2idRecipient("pw", Fast).Wrap(new byte[16])[0];
        var otherStanza = new AgeStanza("X25519", ["AAAA"], new byte[32]);

        var error = Assert.Throws<AgeException>(() => new Argon2idIdentity("pw").Unwrap([stanza, otherStanza]));

        Assert.Equal(AgeError.ScryptNotAlone, error.Error);
    }

    [Theory]
    [InlineData(3, "1024", "1", "1")]
    [InlineData(4, "01024", "1", "1")]
    [InlineData(4, "1024", "0", "1")]
    [InlineData(4, "1024", "1", "-1")]
    [InlineData(4, "1024", "1", "1x")]
    [InlineData(4, "99999999999", "1", "1")]
    public void Malformed_stanzas_are_refused(int argumentCount, string memory, string iterations, string parallelism)
    {
        var good = new Argon2idRecipient("pw", Fast).Wrap(new byte[16])[0];
        var arguments = new[] { good.Arguments[0], memory, iterations, parallelism }.Take(argumentCount).ToArray();

        var error = Assert.Throws<AgeException>(() => new Argon2idIdentity("pw").Unwrap([new AgeStanza(good.Type, arguments, good.Body)]));

        Assert.Equal(AgeError.MalformedStanza, error.Error);
    }

    [Fact]
    public void Unwrap_returns_the_file_key_and_null_for_other_stanza_types()
    {
        var fileKey = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();
        var stanzas = new Argon2idRecipient("pw", Fast).Wrap(fileKey);

        Assert.Equal(fileKey, new Argon2idIdentity("pw").Unwrap(stanzas));
        Assert.Null(new Argon2idIdentity("other").Unwrap(stanzas));
        Assert.Null(new Argon2idIdentity("pw").Unwrap([new AgeStanza("X25519", ["AAAA"], new byte[32])]));
    }
}
