using System.Net;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Pages;

[Collection(TipLineServerCollection.Name)]
public sealed class HomePageTests(TipLineServer server)
{
    [Theory]
    [InlineData("en", "Report online wildlife trafficking safely")]
    [InlineData("fr", "Signaler en sécurité le trafic d'espèces sauvages en ligne")]
    [InlineData("es", "Denuncie de forma segura el tráfico de vida silvestre en línea")]
    public async Task The_home_page_speaks_the_language_picked_on_the_page(string language, string heading)
    {
        using var client = server.CreateRealClient();

        using var response = await client.GetAsync(new Uri($"/?lang={language}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_language_header_is_ignored()
    {
        using var client = server.CreateRealClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Signaler", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_sets_no_cookie_and_sends_the_protective_headers()
    {
        using var client = server.CreateRealClient();

        using var response = await client.GetAsync(new Uri("/?lang=fr", UriKind.Relative));

        Assert.False(response.Headers.Contains("Set-Cookie"), "the home page must not set a cookie");
        Assert.False(response.Headers.Contains("Server"), "the Server header names our stack");
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.CacheControl?.NoStore, "pages must not be cached on a shared or seized device");
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("http://tiplinexample.onion/?lang=fr", Assert.Single(response.Headers.GetValues("Onion-Location")));
    }

    [Fact]
    public async Task An_unknown_page_gets_a_calm_localised_404_without_internal_detail()
    {
        using var client = server.CreateRealClient();

        using var response = await client.GetAsync(new Uri("/no/such/page?lang=es", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Esta página no existe.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
