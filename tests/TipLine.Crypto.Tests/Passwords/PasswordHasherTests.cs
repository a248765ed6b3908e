using System.Text.RegularExpressions;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Tests.Passwords;

public sealed class PasswordHasherTests
{
    private static readonly Argon2idParameters Fast = Argon2idParameters.FastForTestsOnly;

    [Fact]
    public void Hash_then_verify_accepts_the_password_and_rejects_others()
    {
        var hash = PasswordHasher.Hash("correct horse battery staple", Fast);

        Assert.True(PasswordHasher.Verify("correct horse battery staple", hash));
        Assert.False(PasswordHasher.Verify("correct horse battery stapl", hash));
        Assert.False(PasswordHasher.Verify("Correct horse battery staple", hash));
        Assert.False(PasswordHasher.Verify(string.Empty, hash));
    }

    [Fact]
    public void Hash_is_a_phc_string_that_records_the_parameters_and_uses_a_fresh_salt()
    {
        var parameters = new Argon2idParameters(2048, 2, 1);
        var first = PasswordHasher.Hash("pw", parameters);
        var second = PasswordHasher.Hash("pw", parameters);

        Assert.Matches(new Regex(@"^\$argon2id\$v=19\$m=2048,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$"), first);
        Assert.NotEqual(first, second);
        Assert.Equal(parameters, PasswordHasher.ReadParameters(first));
    }

    [Fact]
    public void Verifies_a_hash_written_by_the_reference_libargon2()
    {
        // Produced by libargon2 (argon2id_hash_encoded, t=2, m=2048, p=1, salt "saltsaltsaltsalt") for this NFC password.
        const string reference = "$argon2id$v=19$m=2048,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc";

        Assert.True(PasswordHasher.Verify("Grüße, ündercover 🐘", reference));
        Assert.False(PasswordHasher.Verify("Grüsse, ündercover 🐘", reference));
    }

    [Fact]
    public void Password_is_normalised_to_nfc_so_composed_and_decomposed_forms_match()
    {
        var hash = PasswordHasher.Hash("caf\u00e9", Fast);

        Assert.True(PasswordHasher.Verify("cafe\u0301", hash));
    }

    [Fact]
    public void Tampered_hash_is_rejected()
    {
        var hash = PasswordHasher.Hash("pw", Fast);
        var middle = hash.Length - 10;
        var changed = hash[middle] == 'A' ? 'B' : 'A';
        var last = hash[^1] == 'A' ? 'B' : 'A'; // may only touch the unused low bits: must still be refused as non-canonical

        Assert.False(PasswordHasher.Verify("pw", hash[..middle] + changed + hash[(middle + 1)..]));
        Assert.False(PasswordHasher.Verify("pw", hash[..^1] + last));
        Assert.True(PasswordHasher.Verify("pw", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a hash")]
    [InlineData("$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=16$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=4294967295,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=2097152,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=1024,t=1000,p=1$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=255$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=01024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNh bHRzYWx0c2FsdA$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA==$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$$72jhb5nG2VK95lXaFcRceFNW6awPjYWYLb6hgzQb/Dc")]
    public void Malformed_or_absurd_hashes_fail_verification_without_running_argon2(string encoded)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();

        Assert.False(PasswordHasher.Verify("Grüße, ündercover 🐘", encoded));
        Assert.True(PasswordHasher.NeedsRehash(encoded, Fast));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Needs_rehash_when_any_cost_is_below_the_current_parameters()
    {
        var hash = PasswordHasher.Hash("pw", new Argon2idParameters(2048, 2, 1));

        Assert.False(PasswordHasher.NeedsRehash(hash, new Argon2idParameters(2048, 2, 1)));
        Assert.False(PasswordHasher.NeedsRehash(hash, new Argon2idParameters(1024, 1, 1)));
        Assert.True(PasswordHasher.NeedsRehash(hash, new Argon2idParameters(4096, 2, 1)));
        Assert.True(PasswordHasher.NeedsRehash(hash, new Argon2idParameters(2048, 3, 1)));
        Assert.True(PasswordHasher.NeedsRehash(hash, new Argon2idParameters(2048, 2, 2)));
    }

    [Fact]
    public void Default_parameters_are_64_MiB_three_passes_one_lane_and_within_the_maximum()
    {
        // Exercised end to end with these parameters in StaffKeyringTests and ReceiptKeysTests (one Argon2id run each).
        Assert.Equal(new Argon2idParameters(65536, 3, 1), Argon2idParameters.Default);
        Assert.True(Argon2idParameters.Default.IsWithin());
        Assert.True(Argon2idParameters.Default.IsAtLeast(Argon2idParameters.FastForTestsOnly));
        Assert.False(PasswordHasher.NeedsRehash(PasswordHasher.Hash("pw", Argon2idParameters.FastForTestsOnly), Argon2idParameters.FastForTestsOnly));
    }

    [Fact]
    public void Parameters_outside_argon2_rules_or_the_maximum_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordHasher.Hash("pw", new Argon2idParameters(4, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordHasher.Hash("pw", new Argon2idParameters(1024, 0, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordHasher.Hash("pw", new Argon2idParameters(2 * 1024 * 1024, 1, 1)));
    }
}
