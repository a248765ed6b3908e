namespace TipLine.Web.Office.Sessions;

/// <summary>
/// At most two password checks (64 MiB Argon2id each) run at once, whoever sends them, so a flood of sign-in attempts
/// queues instead of exhausting memory and CPU. The per-account lockout limits guessing; this limits cost.
/// </summary>
public sealed class StaffSignInThrottle : IDisposable
{
    private readonly SemaphoreSlim slots = new(2);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
