using System.ComponentModel.DataAnnotations;

namespace TipLine.Web.AntiAbuse;

/// <summary>Proof-of-work settings, bound from "TipLine:ProofOfWork".</summary>
public sealed class ProofOfWorkOptions
{
    public const string SectionName = "TipLine:ProofOfWork";

    /// <summary>
    /// Leading zero bits a solution needs: about 2^Difficulty hashes for the browser (18 ≈ a second or two in
    /// WebCrypto on a phone). 0 removes the work but not the protocol: a challenge is still needed and still single-use.
    /// </summary>
    [Range(0, 32)]
    public int Difficulty { get; set; } = 18;

    /// <summary>How long an issued challenge may be redeemed.</summary>
    [Range(1, 24 * 60)]
    public int LifetimeMinutes { get; set; } = 10;

    /// <summary>
    /// How many spent, unexpired challenge ids are remembered at most. When full, new challenges are refused rather
    /// than forgetting spent ids, which would let them be replayed. Each costs well under 100 bytes.
    /// </summary>
    [Range(1, 100_000_000)]
    public int MaximumSpentChallenges { get; set; } = 1_000_000;
}
