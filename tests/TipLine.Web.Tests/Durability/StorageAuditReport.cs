namespace TipLine.Web.Tests.Durability;

/// <summary>What the storage audit found: how many tips, how many of them whole, and every defect by name.</summary>
internal sealed record StorageAuditReport(int TipCount, int WholeTipCount, IReadOnlyList<string> Problems);
