namespace TipLine.Crypto.Passwords;

/// <summary>Argon2id cost parameters (version 0x13). They travel with every hash or wrap so they can be raised later.</summary>
public sealed record Argon2idParameters(int MemoryKiB, int Iterations, int Parallelism)
{
    /// <summary>Production default: 64 MiB, 3 passes, 1 lane (OWASP-class cost, also feasible in a browser's WASM).</summary>
    public static Argon2idParameters Default { get; } = new(64 * 1024, 3, 1);

    /// <summary>Deliberately weak parameters so unit tests run fast. Never use outside tests.</summary>
    public static Argon2idParameters FastForTestsOnly { get; } = new(1024, 1, 1);

    /// <summary>The most any stored hash or ciphertext may ask for, so a crafted value cannot exhaust memory or CPU.</summary>
    public static Argon2idParameters Maximum { get; } = new(1024 * 1024, 100, 16);

    /// <summary>True when these parameters are valid for Argon2 and within <paramref name="limit"/> (default <see cref="Maximum"/>).</summary>
    public bool IsWithin(Argon2idParameters? limit = null)
    {
        limit ??= Maximum;
        return Parallelism >= 1
            && Iterations >= 1
            && MemoryKiB >= 8 * Parallelism // Argon2 needs at least 8 KiB per lane.
            && MemoryKiB <= limit.MemoryKiB
            && Iterations <= limit.Iterations
            && Parallelism <= limit.Parallelism;
    }

    /// <summary>True when every cost of these parameters is at least that of <paramref name="other"/>.</summary>
    public bool IsAtLeast(Argon2idParameters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return MemoryKiB >= other.MemoryKiB && Iterations >= other.Iterations && Parallelism >= other.Parallelism;
    }

    /// <summary>Throws when the parameters are not usable (see <see cref="IsWithin"/>).</summary>
    public void EnsureValid(Argon2idParameters? limit = null)
    {
        if (!IsWithin(limit))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Argon2idParameters),
                $"Argon2id parameters m={MemoryKiB} t={Iterations} p={Parallelism} are invalid or exceed the accepted maximum.");
        }
    }
}
