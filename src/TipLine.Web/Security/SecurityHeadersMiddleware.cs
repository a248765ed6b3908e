using Microsoft.Extensions.Options;

namespace TipLine.Web.Security;

/// <summary>
/// Headers every response carries: a strict CSP with no inline script, no referrer, no caching (a shared or seized
/// device must not keep pages of a tip), no framing, and the Onion-Location hint for Tor Browser users.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; " +
        "object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            var onion = options.Value.OnionLocation;
            if (!string.IsNullOrWhiteSpace(onion) && Uri.TryCreate(onion, UriKind.Absolute, out var onionUri))
            {
                headers["Onion-Location"] = new Uri(onionUri, context.Request.Path + context.Request.QueryString).ToString();
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
