using TipLine.Crypto.Age;
using TipLine.Crypto.Age.Inspection;

namespace TipLine.Application.Rewards.Claims;

/// <summary>
/// What the server can check of a claim or contest it cannot read: an age file of bounded size with one X25519 stanza
/// per current recipient (<see cref="RewardQueries.ClaimRecipientsAsync"/>). A file sealed to fewer keys would leave a
/// reward officer unable to read it; to more, someone else able to.
/// </summary>
public static class SealedClaimFile
{
    public const string TooLarge = "rewards.sealed.tooLarge";
    public const string Malformed = "rewards.sealed.malformed";
    public const string WrongRecipients = "rewards.sealed.recipients";

    /// <summary>The message key of the first problem, or null when the file has the expected shape.</summary>
    public static string? Problem(byte[]? ciphertext, int recipientCount)
    {
        if (ciphertext is { Length: > ClaimContent.MaximumCiphertextBytes })
        {
            return TooLarge;
        }

        if (ciphertext is null || ciphertext.Length == 0)
        {
            return Malformed;
        }

        try
        {
            return AgeFileInspector.Inspect(ciphertext).RecipientCount == recipientCount ? null : WrongRecipients;
        }
        catch (AgeException)
        {
            return Malformed;
        }
    }
}
