using System.Text.Json;

namespace TipLine.Web.Tests.Intake;

/// <summary>An error body of the browser API: <c>{"error": key, "message": text}</c>, plus <c>received</c> on an offset mismatch.</summary>
internal sealed record ApiClientError(string Error, string Message, long? Received)
{
    public static async Task<ApiClientError> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(
            string.Equals(response.Content.Headers.ContentType?.MediaType, "application/json", StringComparison.Ordinal),
            $"an API error must be JSON, got {response.Content.Headers.ContentType}: {text}");
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        return new ApiClientError(
            root.GetProperty("error").GetString()!,
            root.GetProperty("message").GetString()!,
            root.TryGetProperty("received", out var received) ? received.GetInt64() : null);
    }
}
