using Microsoft.Extensions.Options;
using TipLine.Crypto.Receipts;
using TipLine.Infrastructure.Security;

namespace TipLine.Web.Intake;

/// <summary>
/// Receipt key derivation in server memory, for people without JavaScript. A semaphore bounds how many Argon2id
/// runs hold memory at once, so a burst of requests queues instead of exhausting RAM.
/// </summary>
public sealed class ServerReceiptKeys(DeploymentSalt salt, IOptions<ReceiptDerivationOptions> options) : IDisposable
{
    private readonly SemaphoreSlim concurrency = new(Math.Max(1, options.Value.ConcurrentServerDerivations));

    public async Task<ReceiptKeys> DeriveAsync(Receipt receipt, CancellationToken cancellationToken)
    {
        await concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => ReceiptKeys.Derive(receipt, salt.Value, options.Value.ToParameters()), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            concurrency.Release();
        }
    }

    public void Dispose() => concurrency.Dispose();
}
