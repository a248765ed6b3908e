namespace TipLine.Domain.Catalogue;

/// <summary>The taxonomic level a catalogue entry names; CITES lists whole orders, families and genera as well as species.</summary>
public enum TaxonRank
{
    Species = 0,
    Genus = 1,
    Family = 2,
    Order = 3,
}
