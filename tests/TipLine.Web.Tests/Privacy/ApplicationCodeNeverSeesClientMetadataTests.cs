using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Privacy;

/// <summary>
/// A probe appended after the whole real pipeline records what any application code could read about the client.
/// Unlike the file search, this fails the moment the scrubbing middleware is removed or moved later.
/// </summary>
public sealed class ApplicationCodeNeverSeesClientMetadataTests
{
    [Fact]
    public async Task Behind_the_first_middleware_the_client_address_and_identifying_headers_are_gone()
    {
        var seen = new Dictionary<string, string?>();
        await using var server = TipLineServer.WithServices(services => services.AddSingleton<IStartupFilter>(new ProbeAtTheEnd(seen)));
        using var client = server.CreateRealClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/probe-path-nobody-maps");
        request.Headers.TryAddWithoutValidation("User-Agent", "PlantedAgent/1.0");
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr-FR");
        request.Headers.TryAddWithoutValidation("Referer", "http://referrer.example/");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("Sec-CH-UA-Platform", "\"Android\"");

        using var response = await client.SendAsync(request);

        Assert.True(seen.ContainsKey("probed"), "the probe must have run");
        Assert.Null(seen["address"]);
        foreach (var header in new[] { "User-Agent", "Accept-Language", "Referer", "X-Forwarded-For", "Sec-CH-UA-Platform" })
        {
            Assert.True(string.IsNullOrEmpty(seen[header]), $"{header} reached application code: {seen[header]}");
        }
    }

    private sealed class ProbeAtTheEnd(Dictionary<string, string?> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context =>
            {
                seen["probed"] = "yes";
                seen["address"] = context.Connection.RemoteIpAddress?.ToString();
                foreach (var header in new[] { "User-Agent", "Accept-Language", "Referer", "X-Forwarded-For", "Sec-CH-UA-Platform" })
                {
                    seen[header] = context.Request.Headers[header].ToString();
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        };
    }
}
