namespace TipLine.Web.FollowUp;

public sealed record ReceiptLoginRequest(string? Challenge, string? Nonce, string? LookupSecret);

public sealed record ReplyRequest(string? Body, IReadOnlyList<string>? Files);
