namespace TipLine.Web.Resources;

/// <summary>Marker type for the reward report page's strings: RewardReportsResource.*.resx.</summary>
public sealed class RewardReportsResource;
