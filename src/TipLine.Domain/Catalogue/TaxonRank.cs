namespace TipLine.Domain.Catalogue;

/// <summary>
/// The taxonomic level a catalogue entry names; CITES lists whole classes, orders, families and genera as well as
/// species, and some subspecies and plant varieties on their own.
/// </summary>
public enum TaxonRank
{
    Species = 0,
    Genus = 1,
    Family = 2,
    Order = 3,
    Subspecies = 4,
    Variety = 5,
    Class = 6,
}
