namespace TipLine.Domain.Rewards;

/// <summary>What a line of a case's sanctions ledger records.</summary>
public enum SanctionEntryKind
{
    /// <summary>A fine or penalty a court or authority imposed; owed, not yet money in hand.</summary>
    Imposed = 1,

    /// <summary>Money actually collected on a sanction: the only base (with forfeiture proceeds) an award is paid from.</summary>
    Collected = 2,

    /// <summary>Proceeds realised from forfeited property (Lacey Act and ESA awards are paid from these too).</summary>
    ForfeitureProceeds = 3,
}
