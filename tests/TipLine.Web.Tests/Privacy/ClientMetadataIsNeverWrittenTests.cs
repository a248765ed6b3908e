using System.Text;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Privacy;

/// <summary>
/// Design property 2: plant unique User-Agent, Accept-Language, Referer and forwarding values, then search every
/// byte the server wrote (database, blobs, keys, logs) for them.
/// </summary>
[Collection(TipLineServerCollection.Name)]
public sealed class ClientMetadataIsNeverWrittenTests(TipLineServer server)
{
    [Fact]
    public async Task Planted_client_metadata_appears_in_no_file_the_server_wrote()
    {
        var marker = Guid.NewGuid().ToString("N");
        var plantedAgent = $"PlantedAgent/{marker}";
        var plantedLanguage = $"x-{marker[..8]}";
        var plantedAddress = $"203.0.113.{Random.Shared.Next(1, 254)}-{marker[..6]}";
        using var client = server.CreateRealClient();
        foreach (var path in new[] { "/", "/?lang=fr", "/no-such-page", "/office/jobs", "/error" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("User-Agent", plantedAgent);
            request.Headers.TryAddWithoutValidation("Accept-Language", plantedLanguage);
            request.Headers.TryAddWithoutValidation("Referer", $"http://referrer.example/{marker}");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", plantedAddress);
            using var response = await client.SendAsync(request);
        }

        // The migration line, logged before the first request is served, proves the file is the live log.
        Assert.True(await WrittenFiles.LogEventuallyContainsAsync(server, "Applied migration"), "the server's log file must be the live log");

        var files = Directory.EnumerateFiles(server.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, file => file.EndsWith(".log", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("tipline.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await WrittenFiles.ReadSharedAsync(file);
            foreach (var planted in new[] { marker, plantedLanguage, plantedAddress })
            {
                Assert.False(WrittenFiles.Contains(bytes, planted), $"{Path.GetFileName(file)} contains the planted value {planted}");
            }
        }
    }
}
