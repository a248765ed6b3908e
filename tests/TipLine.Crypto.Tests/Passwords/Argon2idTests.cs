using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Tests.Passwords;

public sealed class Argon2idTests
{
    [Fact]
    public void Matches_the_reference_libargon2_output_for_a_64_byte_tag()
    {
        // libargon2 argon2id_hash_raw(t=1, m=1024, p=1, pwd="1234567890123456789012345678", salt=01..10, 64 bytes).
        var salt = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();

        var output = Argon2id.DeriveKey("1234567890123456789012345678"u8, salt, Argon2idParameters.FastForTestsOnly, 64);

        Assert.Equal(
            "87c35c4ef61e3e45bb2c37397d54b069a208294cf7d2b861f801c1d4513ea86c08ffbf72aa9287929d7c41f22b92999470813d24f773438dc6ba94ce7f55387a",
            Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Every_input_changes_the_output()
    {
        var salt = new byte[16];
        var p = Argon2idParameters.FastForTestsOnly;
        var baseline = Convert.ToHexString(Argon2id.DeriveKey("secret"u8, salt, p, 32));

        Assert.NotEqual(baseline, Convert.ToHexString(Argon2id.DeriveKey("secreT"u8, salt, p, 32)));
        Assert.NotEqual(baseline, Convert.ToHexString(Argon2id.DeriveKey("secret"u8, new byte[17], p, 32)));
        Assert.NotEqual(baseline, Convert.ToHexString(Argon2id.DeriveKey("secret"u8, salt, p with { Iterations = 2 }, 32)));
        Assert.NotEqual(baseline, Convert.ToHexString(Argon2id.DeriveKey("secret"u8, salt, p with { MemoryKiB = 2048 }, 32)));
        Assert.Equal(baseline, Convert.ToHexString(Argon2id.DeriveKey("secret"u8, salt, p, 32)));
    }

    [Fact]
    public void Short_salt_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Argon2id.DeriveKey("secret"u8, new byte[7], Argon2idParameters.FastForTestsOnly, 32));
    }
}
