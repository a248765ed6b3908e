namespace TipLine.Web.Tests.Durability;

/// <summary>A tip whose receipt was shown to the sender, so the server promised to keep it whatever happens next.</summary>
internal sealed record AcknowledgedTip(string Receipt, string Description, IReadOnlyList<string> FileSha256, long LargestFileBytes, string SentThrough);
