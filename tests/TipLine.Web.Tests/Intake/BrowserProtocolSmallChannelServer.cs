using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Intake;

/// <summary>A real server whose wildlife channel takes at most two files of 64 KiB, so limits are reached with small uploads.</summary>
public sealed class BrowserProtocolSmallChannelServer : IAsyncLifetime, IDisposable
{
    public const long MaximumFileBytes = 64 * 1024;
    public const int MaximumFiles = 2;

    public TipLineServer Server { get; } = new();

    public IntakeSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = Server.Address;
        Seed = await IntakeSeed.CreateAsync(Server.Services, MaximumFileBytes, MaximumFiles);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Seed?.Dispose();
        Server.Dispose();
    }
}
