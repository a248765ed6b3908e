namespace TipLine.Domain.Catalogue;

/// <summary>
/// The built-in taxa (<see cref="SpeciesList.BuiltIn"/>). Hosts inject a <see cref="SpeciesList"/> instead, because a
/// deployment may have imported the CITES index; this stays for code that must read the embedded table itself.
/// </summary>
public static class SpeciesCatalogue
{
    public static IReadOnlyList<CatalogueTaxon> All => SpeciesList.BuiltIn.All;

    /// <inheritdoc cref="SpeciesList.Find"/>
    public static CatalogueTaxon? Find(string scientificName) => SpeciesList.BuiltIn.Find(scientificName);
}
