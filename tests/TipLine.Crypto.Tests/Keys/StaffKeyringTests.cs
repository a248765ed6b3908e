using System.Text;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;
using TipLine.Testing.Environment;

namespace TipLine.Crypto.Tests.Keys;

public sealed class StaffKeyringTests
{
    private static readonly Argon2idParameters Fast = Argon2idParameters.FastForTestsOnly;

    [Fact]
    public void Password_unlocks_the_same_identity_and_a_wrong_password_is_a_typed_error()
    {
        using var material = StaffKeyring.Create("hunter2 but longer", Fast);

        using var unlocked = StaffKeyring.UnlockWithPassword(material.PasswordWrapped, "hunter2 but longer");
        var error = Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithPassword(material.PasswordWrapped, "hunter3 but longer"));

        Assert.Equal(material.Identity.ToSecretString(), unlocked.ToSecretString());
        Assert.Equal(material.Recipient.ToString(), unlocked.Recipient.ToString());
        Assert.Equal(KeyUnlockError.WrongSecret, error.Error);
    }

    [Fact]
    public void Recovery_key_unlocks_and_other_or_garbage_keys_do_not()
    {
        using var material = StaffKeyring.Create("pw", Fast);
        using var stranger = X25519Identity.Generate();

        using var recovered = StaffKeyring.UnlockWithRecoveryKey(material.RecoveryWrapped, "  " + material.RecoveryKey.ToLowerInvariant() + "\n");

        Assert.Equal(material.Recipient.ToString(), recovered.Recipient.ToString());
        Assert.StartsWith("AGE-SECRET-KEY-1", material.RecoveryKey, StringComparison.Ordinal);
        Assert.NotEqual(material.Identity.ToSecretString(), material.RecoveryKey);
        Assert.Equal(KeyUnlockError.WrongSecret, Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithRecoveryKey(material.RecoveryWrapped, stranger.ToSecretString())).Error);
        Assert.Equal(KeyUnlockError.WrongSecret, Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithRecoveryKey(material.RecoveryWrapped, "not a key")).Error);
        Assert.Equal(KeyUnlockError.WrongSecret, Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithRecoveryKey(material.PasswordWrapped, material.RecoveryKey)).Error);
    }

    [Fact]
    public void Wraps_never_contain_the_private_key_or_the_recovery_key_in_clear()
    {
        using var material = StaffKeyring.Create("pw", Fast);
        var secret = material.Identity.ToSecretString();

        foreach (var wrap in new[] { material.PasswordWrapped, material.RecoveryWrapped })
        {
            var text = Encoding.Latin1.GetString(wrap);
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(material.RecoveryKey, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(material.EscrowWrapped);
    }

    [Fact]
    public void Escrow_copy_opens_with_the_escrow_identity()
    {
        using var escrow = X25519Identity.Generate();
        using var material = StaffKeyring.Create("pw", Fast, escrow.Recipient);

        using var opened = WrappedIdentity.Unwrap(material.EscrowWrapped!, [escrow]);

        Assert.Equal(material.Recipient.ToString(), opened.Recipient.ToString());
    }

    [Fact]
    public void Rewrap_for_a_new_password_and_raised_parameters()
    {
        using var material = StaffKeyring.Create("old password", Fast);
        var raised = new Argon2idParameters(2048, 2, 1);
        Assert.True(StaffKeyring.NeedsRewrap(material.PasswordWrapped, raised));
        Assert.False(StaffKeyring.NeedsRewrap(material.PasswordWrapped, Fast));

        using var unlocked = StaffKeyring.UnlockWithPassword(material.PasswordWrapped, "old password");
        var rewrapped = StaffKeyring.RewrapForNewPassword(unlocked, "new password", raised);

        using var reopened = StaffKeyring.UnlockWithPassword(rewrapped, "new password");
        Assert.Equal(material.Recipient.ToString(), reopened.Recipient.ToString());
        Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithPassword(rewrapped, "old password"));
        Assert.False(StaffKeyring.NeedsRewrap(rewrapped, raised));
        Assert.Equal(raised, Argon2idIdentity.ReadParameters(rewrapped));
    }

    [Fact]
    public void Tampered_wrap_is_a_typed_corruption_error_not_a_crash()
    {
        using var material = StaffKeyring.Create("pw", Fast);
        var tampered = (byte[])material.PasswordWrapped.Clone();
        tampered[^1] ^= 0x01;

        var error = Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithPassword(tampered, "pw"));

        Assert.Equal(KeyUnlockError.CorruptWrap, error.Error);
        Assert.Equal(KeyUnlockError.CorruptWrap, Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithPassword("garbage"u8, "pw")).Error);
        Assert.Equal(KeyUnlockError.CorruptWrap, Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithPassword(material.PasswordWrapped[..40], "pw")).Error);
    }

    [Fact]
    public void Wrap_demanding_costs_above_the_server_maximum_is_refused()
    {
        using var material = StaffKeyring.Create("pw", new Argon2idParameters(4096, 1, 1));

        var error = Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithPassword(material.PasswordWrapped, "pw", new Argon2idParameters(2048, 10, 4)));

        Assert.Equal(KeyUnlockError.ParametersTooHigh, error.Error);
    }

    [Fact]
    public void Works_with_the_default_production_parameters()
    {
        using var material = StaffKeyring.Create("a real password", Argon2idParameters.Default);

        using var unlocked = StaffKeyring.UnlockWithPassword(material.PasswordWrapped, "a real password");

        Assert.Equal(material.Recipient.ToString(), unlocked.Recipient.ToString());
        Assert.Equal(Argon2idParameters.Default, Argon2idIdentity.ReadParameters(material.PasswordWrapped));
    }

    [AgeCliFact]
    public void Recovery_copy_opens_offline_with_the_reference_age_cli()
    {
        using var material = StaffKeyring.Create("pw", Fast);

        var output = AgeCliProcess.Decrypt(material.RecoveryKey, material.RecoveryWrapped);

        Assert.Equal(material.Identity.ToSecretString() + "\n", Encoding.ASCII.GetString(output));
    }

    [AgeCliFact]
    public void Escrow_copy_to_an_age_keygen_recipient_opens_with_the_reference_age_cli()
    {
        var (escrowIdentity, escrowRecipient) = AgeCliProcess.GenerateWithAgeKeygen();
        using var material = StaffKeyring.Create("pw", Fast, X25519Recipient.Parse(escrowRecipient));

        var output = AgeCliProcess.Decrypt(escrowIdentity, material.EscrowWrapped!);

        Assert.Equal(material.Identity.ToSecretString() + "\n", Encoding.ASCII.GetString(output));
    }
}
