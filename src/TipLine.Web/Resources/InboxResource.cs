namespace TipLine.Web.Resources;

/// <summary>Marker type for the inbox, tip, file and staff-message pages' strings: InboxResource.*.resx.</summary>
public sealed class InboxResource;
