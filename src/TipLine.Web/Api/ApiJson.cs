using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace TipLine.Web.Api;

/// <summary>Reads a bounded JSON body; malformed or oversized bodies give null, never an exception with the body in it.</summary>
public static class ApiJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<T?> ReadAsync<T>(HttpRequest request, long maximumBytes)
        where T : class
    {
        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = maximumBytes;
        }

        if (request.ContentLength > maximumBytes || request.HasJsonContentType() is false)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception error) when (error is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>Decodes lowercase or uppercase hex of exactly <paramref name="length"/> bytes, or null.</summary>
    public static byte[]? Hex(string? text, int length)
    {
        if (text is null || text.Length != length * 2)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static byte[]? Base64(string? text, int maximumBytes)
    {
        if (string.IsNullOrEmpty(text) || text.Length > ((maximumBytes + 2) / 3 * 4))
        {
            return null;
        }

        var bytes = new byte[(text.Length / 4 * 3) + 3];
        return System.Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : null;
    }
}
