namespace TipLine.Bench.BareIntake;

/// <summary>Body of POST /api/intake/submissions/{submission}/tip, the same shape TipLine deserialises (ADR 0017).</summary>
public sealed record StoreTipRequest(
    string? TipRecipient,
    string? WhistleblowerRecipient,
    string? LookupHash,
    string? Answers,
    IReadOnlyList<WrapRequest>? Wraps,
    IReadOnlyList<string>? Files);
