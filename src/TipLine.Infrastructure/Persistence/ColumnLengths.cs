namespace TipLine.Infrastructure.Persistence;

/// <summary>Column sizes shared by the entity configurations, so every provider gets the same bounded schema.</summary>
internal static class ColumnLengths
{
    public const int Enum = 50;

    /// <summary>Flags enums store a comma-separated list of names, e.g. "Administrator, Auditor".</summary>
    public const int FlagsEnum = 200;

    public const int Sha256 = 32;

    public const int Ed25519Signature = 64;

    /// <summary>Room for post-quantum hybrid age recipients (about 2,000 characters), not only X25519 ones.</summary>
    public const int AgeRecipient = 4000;

    public const int ShortName = 100;

    public const int Name = 200;

    public const int CountryList = 1000;

    public const int LongText = 4000;

    /// <summary>128-bit random blob names in lower-case hex.</summary>
    public const int BlobName = 32;
}
