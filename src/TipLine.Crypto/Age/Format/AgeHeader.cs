namespace TipLine.Crypto.Age.Format;

/// <summary>A parsed header: its stanzas, its MAC, and the exact bytes the MAC covers.</summary>
internal sealed record AgeHeader(IReadOnlyList<AgeStanza> Stanzas, byte[] Mac, byte[] MacedBytes);
