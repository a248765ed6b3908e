using Microsoft.Playwright;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// Every request a browser context sends (method, URL, body) and every Set-Cookie it receives, in order, for
/// assertions about what left the browser and what the server asked it to keep.
/// </summary>
internal sealed class TrafficRecorder
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly List<Task<(Uri Url, IReadOnlyList<string> Values)>> setCookies = [];

    private TrafficRecorder()
    {
    }

    public static TrafficRecorder Attach(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recorder = new TrafficRecorder();
        context.Request += recorder.OnRequest;
        context.Response += recorder.OnResponse;
        return recorder;
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Every Set-Cookie header value received so far, with the URL of the response that carried it.</summary>
    public async Task<IReadOnlyList<(Uri Url, string Value)>> SetCookiesAsync()
    {
        Task<(Uri Url, IReadOnlyList<string> Values)>[] pending;
        lock (gate)
        {
            pending = [.. setCookies];
        }

        var received = await Task.WhenAll(pending);
        return [.. received.SelectMany(response => response.Values.Select(value => (response.Url, value)))];
    }

    /// <summary>Fails naming the first needle found in a request body or URL.</summary>
    public void AssertNoRequestContains(IEnumerable<(string Label, byte[] Bytes)> needles)
    {
        var all = needles.ToList();
        foreach (var request in Requests)
        {
            var url = System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(request.Url.ToString()));
            foreach (var (label, bytes) in all)
            {
                Assert.False(
                    request.Body is not null && request.Body.AsSpan().IndexOf(bytes) >= 0,
                    $"the body of {request.Method} {request.Url.AbsolutePath} contains {label}");
                Assert.False(url.AsSpan().IndexOf(bytes) >= 0, $"the URL {request.Url.AbsolutePath} contains {label}");
            }
        }
    }

    private void OnRequest(object? sender, IRequest request)
    {
        var recorded = new RecordedRequest(request.Method, new Uri(request.Url), request.PostDataBuffer);
        lock (gate)
        {
            requests.Add(recorded);
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        var url = new Uri(response.Url);
        var values = ReadSetCookieAsync(response, url);
        lock (gate)
        {
            setCookies.Add(values);
        }
    }

    // Playwright's plain Headers leave out cookie headers; HeaderValuesAsync reads the raw ones.
    private static async Task<(Uri Url, IReadOnlyList<string> Values)> ReadSetCookieAsync(IResponse response, Uri url) =>
        (url, await response.HeaderValuesAsync("set-cookie"));
}
