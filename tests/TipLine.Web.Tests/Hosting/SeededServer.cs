namespace TipLine.Web.Tests.Hosting;

/// <summary>A real server with a channel ready for tips (xunit class fixture).</summary>
public sealed class SeededServer : IAsyncLifetime, IDisposable
{
    public TipLineServer Server { get; } = new();

    public IntakeSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = Server.Address;
        Seed = await IntakeSeed.CreateAsync(Server.Services, maximumFileBytes: 32L * 1024 * 1024, maximumFiles: 3);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Seed?.Dispose();
        Server.Dispose();
    }
}
