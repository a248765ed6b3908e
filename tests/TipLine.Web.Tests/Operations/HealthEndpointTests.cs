using System.Net;
using Microsoft.Data.Sqlite;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Operations;

/// <summary>
/// /health/live answers while the process runs; /health/ready follows the database, the blob directory and the job
/// server on a real Kestrel host, and either way the body is a bare status word.
/// </summary>
public sealed class HealthEndpointTests
{
    private static readonly string[] StatusWords = ["Healthy", "Degraded", "Unhealthy"];

    [Fact]
    public async Task A_running_server_is_live_and_ready_with_only_a_status_word()
    {
        using var server = new TipLineServer();
        using var client = server.CreateRealClient();

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health/live"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await EventuallyAsync(client, "/health/ready", HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_blob_directory_that_cannot_be_written_makes_the_server_unready_but_still_live()
    {
        using var server = new TipLineServer();
        using var client = server.CreateRealClient();
        Assert.Equal(HttpStatusCode.OK, (await EventuallyAsync(client, "/health/ready", HttpStatusCode.OK)).Status);

        // Tests run as root, where permission bits do not stop a write: a file in the directory's place does.
        var blobs = Path.Combine(server.DataDirectory, "blobs");
        var moved = blobs + ".moved";
        Directory.Move(blobs, moved);
        await File.WriteAllTextAsync(blobs, "not a directory");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync(client, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health/live"));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(moved), entry => Path.GetFileName(entry).StartsWith(".health-", StringComparison.Ordinal));

        File.Delete(blobs);
        Directory.Move(moved, blobs);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health/ready"));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(blobs), entry => Path.GetFileName(entry).StartsWith(".health-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lost_database_makes_the_server_unready_but_still_live()
    {
        using var server = new TipLineServer();
        using var client = server.CreateRealClient();
        Assert.Equal(HttpStatusCode.OK, (await EventuallyAsync(client, "/health/ready", HttpStatusCode.OK)).Status);

        // Pooled connections keep the deleted file's inode alive; a lost volume has no such luck.
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(server.DataDirectory, "tipline.db*"))
        {
            File.Delete(file);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync(client, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health/live"));
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(body, StatusWords);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, body);
    }

    // The job server announces itself shortly after start-up.
    private static async Task<(HttpStatusCode Status, string Body)> EventuallyAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var result = await GetAsync(client, path);
            if (result.Status == expected || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(200);
        }
    }
}
