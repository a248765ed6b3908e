namespace TipLine.Web.Tests.Intake;

/// <summary>One wrap of the tip key in the tip request: the holder's age recipient and the base64 age file.</summary>
internal sealed record ApiClientWrap(string Recipient, string Wrap);
