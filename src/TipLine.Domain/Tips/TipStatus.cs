namespace TipLine.Domain.Tips;

/// <summary>Where a tip stands, as the whistleblower may see it.</summary>
public enum TipStatus
{
    Received = 1,
    Acknowledged = 2,
    InCase = 3,
    Closed = 4,
    Destroyed = 5,
}
