using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Notices;

/// <summary>When a reward officer may post a referral's notice: the one rule the use case enforces and the referral page reads.</summary>
public static class RewardNoticeRules
{
    public const string AlreadyPosted = "rewards.notice.exists";
    public const string ProgrammeInactive = "rewards.notice.programmeInactive";

    /// <summary>Shown with the collected amount and the minimum: "… have not reached the programme's minimum: X of Y".</summary>
    public const string BelowMinimum = "rewards.notice.belowMinimum";

    /// <summary>The refusal key, or null when the notice may be posted now.</summary>
    public static string? Refusal(RewardProgramme programme, bool hasNotice, SanctionLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(ledger);
        return hasNotice ? AlreadyPosted
            : !programme.IsActive ? ProgrammeInactive
            : ledger.CollectedIn(programme.Currency) < programme.MinimumCollected ? BelowMinimum
            : null;
    }
}
