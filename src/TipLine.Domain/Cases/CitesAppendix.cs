namespace TipLine.Domain.Cases;

public enum CitesAppendix
{
    NotListed = 0,
    I = 1,
    II = 2,
    III = 3,
}
