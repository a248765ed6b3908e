using System.Data.Common;
using TipLine.Application.Audit;
using TipLine.Cli.Commands;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;

namespace TipLine.Cli.Administration;

/// <summary>
/// "tipline audit verify": walks the audit log in sequence order and checks every hash link and Ed25519 signature.
/// Exits 0 only for an intact chain and prints the entry count and head hash, which an auditor records elsewhere:
/// a chain alone cannot show that its newest entries were cut off.
/// </summary>
internal sealed class AuditVerifyCommand : ICliCommand
{
    private const string Usage = "Usage: tipline audit verify [--public-key BASE64]";

    public string Name => "audit";

    public string Summary => "verify: check the hash chain and signatures of the audit log (--public-key BASE64 to pin the key).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Count is not (1 or 3) || arguments[0] != "verify" || (arguments.Count == 3 && arguments[1] != "--public-key"))
        {
            await console.Error.WriteLineAsync("tipline: error: unknown audit command.\n" + Usage).ConfigureAwait(false);
            return 2;
        }

        var configuration = CliConfiguration.Build(new Dictionary<string, string?>());
        byte[]? publicKey;
        try
        {
            publicKey = arguments.Count == 3
                ? Convert.FromBase64String(arguments[2])
                : ServerKeyFiles.TryLoadSigningPublicKey(configuration, Directory.GetCurrentDirectory());
        }
        catch (FormatException)
        {
            await console.Error.WriteLineAsync("tipline: error: --public-key is not base64.").ConfigureAwait(false);
            return 2;
        }

        if (publicKey is not { Length: 32 })
        {
            await console.Error.WriteLineAsync(
                "tipline: error: no server signing key found; pass the 32-byte Ed25519 public key with --public-key.").ConfigureAwait(false);
            return 2;
        }

        AuditChainReport report;
        try
        {
            var context = new TipLineDbContext(TipLineDbContextOptions.Create(DatabaseSettings.FromConfiguration(configuration)));
            await using (context.ConfigureAwait(false))
            {
                report = await new AuditChainVerifier(new Ed25519AuditSignatureVerifier())
                    .VerifyAsync(context, publicKey, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is DbException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync("tipline: error: the audit log could not be read: " + error.Message).ConfigureAwait(false);
            return 1;
        }

        var output = new StreamWriter(console.StandardOutput, leaveOpen: true);
        await using (output.ConfigureAwait(false))
        {
            await output.WriteLineAsync($"entries verified: {report.EntriesVerified}").ConfigureAwait(false);
            await output.WriteLineAsync($"head hash: {Convert.ToHexStringLower(report.HeadHash)}").ConfigureAwait(false);
        }

        if (report.FirstProblem is { } problem)
        {
            await console.Error.WriteLineAsync(
                $"tipline: error: the audit log is NOT intact at entry {problem.Sequence}: {problem.Kind} — {problem.Description}").ConfigureAwait(false);
            return 1;
        }

        return 0;
    }
}
