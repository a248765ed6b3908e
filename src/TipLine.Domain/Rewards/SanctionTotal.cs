namespace TipLine.Domain.Rewards;

public sealed record SanctionTotal(SanctionEntryKind Kind, string Currency, decimal Amount);
