using TipLine.Crypto.Padding;

namespace TipLine.Application.Intake.SubmitTip;

/// <summary>Size bounds for intake ciphertext, so nobody can make the database hold arbitrary amounts of data.</summary>
public static class SubmitTipLimits
{
    /// <summary>Answers are text; 1 MiB of ciphertext is far above any honest form.</summary>
    public const int MaximumAnswersCiphertextBytes = 1024 * 1024;

    /// <summary>A wrap is one X25519 stanza around a 74-byte identity: a few hundred bytes.</summary>
    public const int MaximumWrapBytes = 1024;

    /// <summary>Message bodies, like answers.</summary>
    public const int MaximumMessageCiphertextBytes = 1024 * 1024;

    private const int MaximumHeaderBytes = 1024;
    private const int NonceBytes = 16;
    private const int ChunkBytes = 64 * 1024;
    private const int TagBytes = 16;

    /// <summary>The largest age ciphertext (one X25519 recipient) of a padded file of at most <paramref name="maximumPlaintextBytes"/>.</summary>
    public static long MaximumFileCiphertextBytes(long maximumPlaintextBytes)
    {
        var padded = PaddedLength.ForData(maximumPlaintextBytes);
        var chunks = Math.Max(1, (padded + ChunkBytes - 1) / ChunkBytes);
        return MaximumHeaderBytes + NonceBytes + padded + (chunks * TagBytes);
    }
}
