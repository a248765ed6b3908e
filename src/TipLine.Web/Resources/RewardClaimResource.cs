namespace TipLine.Web.Resources;

/// <summary>Marker type for the reward section of the follow-up page (notice, claim, contest, status): RewardClaimResource.*.resx.</summary>
public sealed class RewardClaimResource;
