using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// What a tip or reply could leave behind: row counts of every whistleblower table, the committed blob files and the
/// temporary blob files of uploads in progress. Two snapshots compare as values, and a difference prints readably.
/// </summary>
internal sealed record BrowserProtocolStoredState(string Rows, string CommittedBlobs, string TemporaryBlobs)
{
    public static async Task<BrowserProtocolStoredState> CaptureAsync(TipLineServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var tips = await database.Tips.CountAsync();
        var attachments = await database.Attachments.CountAsync();
        var messages = await database.Messages.CountAsync();
        var wraps = await database.TipKeyWraps.CountAsync();
        var receipts = await database.ReceiptIndex.CountAsync();
        var rows = string.Create(CultureInfo.InvariantCulture, $"tips={tips} attachments={attachments} messages={messages} wraps={wraps} receipts={receipts}");
        var blobDirectory = Path.Combine(server.DataDirectory, "blobs");
        var files = Directory.Exists(blobDirectory)
            ? Directory.EnumerateFiles(blobDirectory, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        return new BrowserProtocolStoredState(
            rows,
            string.Join('\n', files.Where(name => !IsTemporary(name))),
            string.Join('\n', files.Where(IsTemporary)));
    }

    private static bool IsTemporary(string name) => name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal);
}
