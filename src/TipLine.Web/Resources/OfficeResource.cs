namespace TipLine.Web.Resources;

/// <summary>Marker type for the back office's shared strings (layout, sign-in, account): OfficeResource.*.resx.</summary>
public sealed class OfficeResource;
