namespace TipLine.Domain.Cases;

public enum CaseOutcome
{
    Convicted = 1,
    Sanctioned = 2,
    ListingRemoved = 3,
    NoAction = 4,
    Unfounded = 5,
    Duplicate = 6,
}
