namespace TipLine.Domain.Rewards;

public enum DeterminationStage
{
    Preliminary = 1,
    Final = 2,
}
