using TipLine.Crypto.Passwords;

namespace TipLine.Web.Intake;

/// <summary>
/// Argon2id cost of receipt derivation ("TipLine:Receipts"). Fixed for the life of a deployment: changing it makes
/// every existing receipt derive different keys, so no whistleblower could come back.
/// </summary>
public sealed class ReceiptDerivationOptions
{
    public int MemoryKiB { get; set; } = Argon2idParameters.Default.MemoryKiB;

    public int Iterations { get; set; } = Argon2idParameters.Default.Iterations;

    public int Parallelism { get; set; } = Argon2idParameters.Default.Parallelism;

    /// <summary>How many server-side derivations (JavaScript off) may run at once; each holds MemoryKiB of RAM.</summary>
    public int ConcurrentServerDerivations { get; set; } = 2;

    public Argon2idParameters ToParameters()
    {
        var parameters = new Argon2idParameters(MemoryKiB, Iterations, Parallelism);
        parameters.EnsureValid();
        return parameters;
    }
}
