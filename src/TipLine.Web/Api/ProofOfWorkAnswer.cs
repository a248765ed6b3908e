namespace TipLine.Web.Api;

/// <summary>A solved challenge as the browser sends it.</summary>
public sealed record ProofOfWorkAnswer(string? Challenge, string? Nonce);
