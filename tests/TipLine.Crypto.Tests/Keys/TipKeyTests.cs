using System.Text;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Testing.Environment;

namespace TipLine.Crypto.Tests.Keys;

public sealed class TipKeyTests
{
    [Fact]
    public void Each_holder_opens_its_own_wrap_and_nobody_else_does()
    {
        using var tipKey = TipKey.Generate();
        using var investigator = X25519Identity.Generate();
        using var prosecutor = X25519Identity.Generate();

        var forInvestigator = TipKey.WrapFor(tipKey, investigator.Recipient);
        var forProsecutor = TipKey.WrapFor(tipKey, prosecutor.Recipient);

        using var opened = TipKey.Unwrap(forInvestigator, investigator);
        using var openedByProsecutor = TipKey.Unwrap(forProsecutor, prosecutor);
        Assert.Equal(tipKey.Recipient.ToString(), opened.Recipient.ToString());
        Assert.Equal(tipKey.Recipient.ToString(), openedByProsecutor.Recipient.ToString());
        Assert.Equal(KeyUnlockError.WrongSecret, Assert.Throws<KeyUnlockException>(() => TipKey.Unwrap(forInvestigator, prosecutor)).Error);
    }

    [Fact]
    public void A_piece_encrypted_to_the_tip_key_opens_after_unwrapping()
    {
        using var tipKey = TipKey.Generate();
        using var holder = X25519Identity.Generate();
        var piece = AgeEncryptor.Encrypt("the listing is at …"u8, [tipKey.Recipient]);
        var wrap = TipKey.WrapFor(tipKey, holder.Recipient);

        using var unwrapped = TipKey.Unwrap(wrap, holder);

        Assert.Equal("the listing is at …"u8.ToArray(), AgeDecryptor.Decrypt(piece, [unwrapped]));
    }

    [Fact]
    public void A_wrap_holding_anything_but_one_key_line_is_refused()
    {
        using var holder = X25519Identity.Generate();
        var notAKey = AgeEncryptor.Encrypt("hello"u8, [holder.Recipient]);
        var twoLines = AgeEncryptor.Encrypt(Encoding.ASCII.GetBytes(X25519Identity.Generate().ToSecretString() + "\nmore\n"), [holder.Recipient]);

        Assert.Equal(KeyUnlockError.CorruptWrap, Assert.Throws<KeyUnlockException>(() => TipKey.Unwrap(notAKey, holder)).Error);
        Assert.Equal(KeyUnlockError.CorruptWrap, Assert.Throws<KeyUnlockException>(() => TipKey.Unwrap(twoLines, holder)).Error);
    }

    [AgeCliFact]
    public void Holder_with_only_the_age_cli_can_unwrap_the_tip_key_and_read_a_piece()
    {
        var (holderIdentity, holderRecipient) = AgeCliProcess.GenerateWithAgeKeygen();
        using var tipKey = TipKey.Generate();
        var wrap = TipKey.WrapFor(tipKey, X25519Recipient.Parse(holderRecipient));
        var piece = AgeEncryptor.Encrypt("evidence"u8, [tipKey.Recipient]);

        var tipKeyText = Encoding.ASCII.GetString(AgeCliProcess.Decrypt(holderIdentity, wrap)).Trim();
        var plaintext = AgeCliProcess.Decrypt(tipKeyText, piece);

        Assert.Equal(tipKey.ToSecretString(), tipKeyText);
        Assert.Equal("evidence"u8.ToArray(), plaintext);
    }

    [AgeCliFact]
    public void Piece_encrypted_by_the_age_cli_to_the_tip_key_opens_here()
    {
        using var tipKey = TipKey.Generate();
        using var holder = X25519Identity.Generate();

        var piece = AgeCliProcess.EncryptTo(tipKey.Recipient.ToString(), "from the cli"u8.ToArray());
        using var unwrapped = TipKey.Unwrap(TipKey.WrapFor(tipKey, holder.Recipient), holder);

        Assert.Equal("from the cli"u8.ToArray(), AgeDecryptor.Decrypt(piece, [unwrapped]));
    }
}
