namespace TipLine.Web.Resources;

/// <summary>Marker type for the reward programmes, referrals, sanctions ledger and notices pages: RewardsResource.*.resx.</summary>
public sealed class RewardsResource;
