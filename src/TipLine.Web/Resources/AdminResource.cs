namespace TipLine.Web.Resources;

/// <summary>Marker type for the administration pages' strings (organisations, staff, routing rules, joining): AdminResource.*.resx.</summary>
public sealed class AdminResource;
