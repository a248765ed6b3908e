namespace TipLine.Domain.Cases;

public enum Urgency
{
    Normal = 0,
    High = 1,
    Immediate = 2,
}
