namespace TipLine.Domain.Rewards;

/// <summary>
/// What an officer must weigh when setting an award within the band (modelled on the SEC/CFTC criteria). Each
/// proposal gives a written reason per factor the programme lists.
/// </summary>
public enum RewardFactor
{
    /// <summary>How significant the information was to the success of the action.</summary>
    Significance = 1,

    /// <summary>The degree of assistance the whistleblower (or their lawyer) gave.</summary>
    Assistance = 2,

    /// <summary>How early the information came, and whether it came before the authorities knew.</summary>
    Timeliness = 3,

    /// <summary>The whistleblower's own part in the wrongdoing, which lowers an award.</summary>
    Culpability = 4,

    /// <summary>The programme's interest in deterring the conduct (law-enforcement interest).</summary>
    LawEnforcementInterest = 5,
}
