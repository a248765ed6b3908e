namespace TipLine.Bench.Intake;

/// <summary>One wrap of a tip key: the holder's "age1…" recipient and the base64 age file holding the tip key.</summary>
public sealed record KeyWrap(string Recipient, string Wrap);
