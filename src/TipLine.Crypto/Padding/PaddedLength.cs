using System.Numerics;

namespace TipLine.Crypto.Padding;

/// <summary>
/// Padmé size buckets (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with PURBs", 2019):
/// a length L is rounded up so only its top ~log2(log2 L) bits remain, leaking O(log log L) bits with at most ~12% overhead.
/// </summary>
public static class PaddedLength
{
    /// <summary>The Padmé bucket for <paramref name="length"/> (never smaller than <paramref name="length"/>).</summary>
    public static long Padme(long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (length < 2)
        {
            return length;
        }

        var exponent = BitOperations.Log2((ulong)length);                    // E = floor(log2 L)
        var exponentBits = BitOperations.Log2((ulong)exponent) + 1;          // S = floor(log2 E) + 1
        var lastBits = exponent - exponentBits;                              // low bits that are forced to zero
        var mask = (1L << lastBits) - 1;
        return (length + mask) & ~mask;
    }

    /// <summary>Total padded length for a plaintext of <paramref name="dataLength"/> bytes: the bucket of data plus the 0x80 marker.</summary>
    public static long ForData(long dataLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dataLength);
        return Padme(dataLength + 1);
    }
}
