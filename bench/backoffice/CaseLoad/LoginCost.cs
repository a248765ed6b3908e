using System.Diagnostics;
using System.Globalization;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// What a sign-in spends on Argon2id: unlocking the user's private key from its password wrap (the one Argon2id run
/// of a real sign-in), and, for comparison, verifying a PHC password hash at the same costs (what an unknown user name
/// costs: sign-in verifies a decoy hash so both take the same time).
/// </summary>
internal static class LoginCost
{
    public const double TargetMs = 500;

    public static IReadOnlyList<Measurement> Run(int iterations)
    {
        var parameters = Argon2idParameters.Default;
        var detail = string.Create(CultureInfo.InvariantCulture, $"m={parameters.MemoryKiB / 1024} MiB, t={parameters.Iterations}, p={parameters.Parallelism}");
        var password = "correct horse battery staple " + Guid.NewGuid().ToString("N");
        using var keys = StaffKeyring.Create(password, parameters);
        var hash = PasswordHasher.Hash(password, parameters);
        var unlock = Time(iterations, () =>
        {
            using var identity = StaffKeyring.UnlockWithPassword(keys.PasswordWrapped, password);
            if (identity.Recipient.ToString() != keys.Recipient.ToString())
            {
                throw new InvalidOperationException("The password wrap opened to another key.");
            }
        });
        var verify = Time(iterations, () =>
        {
            if (!PasswordHasher.Verify(password, hash))
            {
                throw new InvalidOperationException("The password hash did not verify.");
            }
        });
        return
        [
            Measurement.From(Measurement.LoginKind, "-", "StaffKeyring.UnlockWithPassword", unlock.Milliseconds, null, unlock.CpuMsPerCall, TargetMs, detail),
            Measurement.From(Measurement.LoginKind, "-", "PasswordHasher.Verify", verify.Milliseconds, null, verify.CpuMsPerCall, TargetMs, detail),
        ];
    }

    // One untimed run first: the first Argon2id call also pays for JIT and the 64 MiB allocation's page faults.
    private static (List<double> Milliseconds, double CpuMsPerCall) Time(int iterations, Action run)
    {
        run();
        var milliseconds = new List<double>(iterations);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            run();
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (milliseconds, (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / iterations);
    }
}
