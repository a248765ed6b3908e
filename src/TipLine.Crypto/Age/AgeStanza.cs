namespace TipLine.Crypto.Age;

/// <summary>One recipient stanza of an age header: "-> Type arg..." followed by a base64 body.</summary>
#pragma warning disable CA1819 // the body is a wire-format byte string; a copy per access would only add garbage
public sealed record AgeStanza(string Type, IReadOnlyList<string> Arguments, byte[] Body);
#pragma warning restore CA1819
