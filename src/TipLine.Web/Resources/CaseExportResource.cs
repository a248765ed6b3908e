namespace TipLine.Web.Resources;

/// <summary>Marker type for the case export ("for court") form and page: CaseExportResource.*.resx.</summary>
public sealed class CaseExportResource;
