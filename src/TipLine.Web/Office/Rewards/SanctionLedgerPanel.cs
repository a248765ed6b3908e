using TipLine.Application.Rewards.Sanctions;

namespace TipLine.Web.Office.Rewards;

/// <summary>What the shared ledger partial shows: the lines and totals, and the record form when the reader may record.</summary>
public sealed record SanctionLedgerPanel(SanctionLedgerView Ledger, bool MayRecord, SanctionForm Form);
