namespace TipLine.Web.Resources;

/// <summary>Marker type for the reward officers' claim page strings (determinations, appeals, payments): AwardsResource.*.resx.</summary>
public sealed class AwardsResource;
