namespace TipLine.Domain.Cases;

public enum CaseStatus
{
    New = 1,
    Triaged = 2,
    Routed = 3,
    UnderInvestigation = 4,
    Prosecution = 5,
    Closed = 6,
}
