namespace TipLine.Domain.Rewards;

/// <summary>
/// The form of a claim, the only thing about the claimant the server may read (it decides which details the
/// sealed claim must hold). Names, payout details and the lawyer's name are inside the ciphertext.
/// </summary>
public enum ClaimantKind
{
    /// <summary>The whistleblower gives their identity and payout details, sealed to the reward officers.</summary>
    Identified = 1,

    /// <summary>A lawyer or intermediary acts (and is paid) for them; only the representative is named.</summary>
    Represented = 2,

    /// <summary>No identity at all, where the programme allows it; payout arranged through the secure messages.</summary>
    Anonymous = 3,
}
