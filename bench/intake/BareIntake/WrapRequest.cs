namespace TipLine.Bench.BareIntake;

/// <summary>One wrap of the tip key in a tip body.</summary>
public sealed record WrapRequest(string? Recipient, string? Wrap);
