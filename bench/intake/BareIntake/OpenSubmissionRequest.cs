namespace TipLine.Bench.BareIntake;

/// <summary>Body of POST /api/intake/{channel}/submissions: a solved proof of work (ADR 0017).</summary>
public sealed record OpenSubmissionRequest(string? Challenge, string? Nonce);
