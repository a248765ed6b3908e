using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TipLine.Infrastructure.Blobs;

namespace TipLine.Web.Operations;

/// <summary>
/// Writes, reads back and deletes a small random probe file in the blob directory: the directory existing is not
/// enough, a full disk or a read-only mount refuses only the write.
/// </summary>
internal sealed class BlobStoreHealthCheck(BlobStoreOptions options) : IHealthCheck
{
    private const int ProbeBytes = 32;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A dot name outside the two-level shards: never a blob name, so no reader or sweep mistakes it for one.
        var probe = Path.Combine(options.RootDirectory, ".health-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
        var written = RandomNumberGenerator.GetBytes(ProbeBytes);
        try
        {
            await File.WriteAllBytesAsync(probe, written, cancellationToken);
            var read = await File.ReadAllBytesAsync(probe, cancellationToken);
            return read.AsSpan().SequenceEqual(written) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
        }
        finally
        {
            TryDelete(probe);
        }
    }

    private static void TryDelete(string probe)
    {
        try
        {
            File.Delete(probe);
        }
        catch (IOException)
        {
            // The write already failed or the directory vanished; the result above says so.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: nothing was written that could be left behind.
        }
    }
}
