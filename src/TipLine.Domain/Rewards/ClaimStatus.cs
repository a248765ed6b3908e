namespace TipLine.Domain.Rewards;

/// <summary>
/// Where a claim stands: filed → preliminary proposed → preliminary (contest window open) → final proposed → final
/// (appeal window open; payable) ⇄ appealed. A returned proposal goes back one step.
/// </summary>
public enum ClaimStatus
{
    Filed = 1,
    PreliminaryProposed = 2,
    Preliminary = 3,
    FinalProposed = 4,
    Final = 5,
    Appealed = 6,
}
