namespace TipLine.Web.Resources;

/// <summary>Marker type for the oversight pages' strings (due, notifications, audit log, statistics): OversightResource.*.resx.</summary>
public sealed class OversightResource;
