using Microsoft.Extensions.Localization;
using TipLine.Web.Resources;

namespace TipLine.Web.FollowUp;

/// <summary>The reward use cases' refusals have their texts in RewardClaimResource; the follow-up's own (session, form) in SharedResource.</summary>
public static class RewardMessages
{
    public static string Text(string key, IStringLocalizer<RewardClaimResource> rewards, IStringLocalizer<SharedResource> shared)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(rewards);
        ArgumentNullException.ThrowIfNull(shared);
        return key.StartsWith("rewards.", StringComparison.Ordinal) ? rewards[key].Value : shared[key].Value;
    }
}
