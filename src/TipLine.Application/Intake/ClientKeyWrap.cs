namespace TipLine.Application.Intake;

/// <summary>The tip key wrapped (age) by whoever made the tip key, for one recipient ("age1...").</summary>
public sealed record ClientKeyWrap(string Recipient, byte[] Wrap);
