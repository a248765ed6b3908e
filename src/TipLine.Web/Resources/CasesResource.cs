namespace TipLine.Web.Resources;

/// <summary>Marker type for the case pages' and takedown notice pages' strings: CasesResource.*.resx.</summary>
public sealed class CasesResource;
