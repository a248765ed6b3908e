namespace TipLine.Domain.Rewards;

public enum ProposalState
{
    Pending = 1,
    Approved = 2,
    Returned = 3,
}
