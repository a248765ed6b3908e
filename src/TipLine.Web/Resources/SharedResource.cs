namespace TipLine.Web.Resources;

/// <summary>Marker type for the shared localised strings (SharedResource.*.resx).</summary>
public sealed class SharedResource;
