namespace TipLine.Crypto.Age.Inspection;

/// <summary>What <see cref="AgeFileInspector"/> could see of an age file without a key.</summary>
public sealed record AgeFileShape(int RecipientCount, int HeaderLength, long PayloadLength);
