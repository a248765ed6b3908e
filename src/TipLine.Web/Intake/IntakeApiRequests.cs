namespace TipLine.Web.Intake;

/// <summary>JSON bodies of the intake API (ADR 0017).</summary>
public sealed record OpenSubmissionRequest(string? Challenge, string? Nonce);

public sealed record WrapRequest(string? Recipient, string? Wrap);

public sealed record StoreTipRequest(
    string? TipRecipient,
    string? WhistleblowerRecipient,
    string? LookupHash,
    string? Answers,
    IReadOnlyList<WrapRequest>? Wraps,
    IReadOnlyList<string>? Files);
