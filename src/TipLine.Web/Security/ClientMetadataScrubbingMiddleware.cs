namespace TipLine.Web.Security;

/// <summary>
/// Forgets who is asking before any other code runs: the client address and the headers that fingerprint a person
/// (User-Agent, Accept-Language, Referer, forwarding headers) are removed from the request, so no later middleware,
/// handler or log line can record them by accident. Language is chosen on the page, never from headers.
/// </summary>
internal sealed class ClientMetadataScrubbingMiddleware(RequestDelegate next)
{
    private static readonly string[] IdentifyingHeaders =
    [
        "User-Agent", "Accept-Language", "Referer", "X-Forwarded-For", "X-Real-IP", "Forwarded",
        "CF-Connecting-IP", "True-Client-IP", "X-Client-IP", "Sec-CH-UA", "Sec-CH-UA-Platform",
        "Sec-CH-UA-Mobile", "DNT", "Via",
    ];

    public Task InvokeAsync(HttpContext context)
    {
        context.Connection.RemoteIpAddress = null;
        context.Connection.RemotePort = 0;
        foreach (var header in IdentifyingHeaders)
        {
            context.Request.Headers.Remove(header);
        }

        return next(context);
    }
}
