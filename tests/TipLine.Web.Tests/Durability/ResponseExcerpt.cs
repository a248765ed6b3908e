using System.Net;

namespace TipLine.Web.Tests.Durability;

/// <summary>A short, readable piece of an unexpected response for a failure message: the page's error list if it has one.</summary>
internal static class ResponseExcerpt
{
    private const int Length = 600;

    public static string Describe(string what, HttpStatusCode status, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = body.IndexOf("class=\"errors\"", StringComparison.Ordinal);
        var start = errors >= 0 ? errors : 0;
        return $"{what}: HTTP {(int)status}: {body.Substring(start, Math.Min(Length, body.Length - start))}";
    }
}
