using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.AntiAbuse;

/// <summary>The endpoint through the whole TipLine pipeline (scrubbing, headers, status pages) on real Kestrel.</summary>
[Collection(TipLineServerCollection.Name)]
public sealed class ProofOfWorkEndpointInTipLineHostTests(TipLineServer server)
{
    [Fact]
    public async Task The_real_host_issues_a_challenge_at_the_default_difficulty_without_a_cookie()
    {
        using var client = server.CreateRealClient();

        using var response = await client.PostAsync(
            new Uri("/api/pow/challenges", UriKind.Relative),
            new StringContent("""{"purpose":"submit"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "asking for a challenge must not set a cookie");
        Assert.True(response.Headers.CacheControl?.NoStore, "a challenge must not be cached");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(TipLineServer.ProofOfWorkDifficulty, body.GetProperty("difficulty").GetInt32());
        Assert.Equal(58, Base64Url.DecodeFromChars(body.GetProperty("challenge").GetString()).Length);
    }

    [Fact]
    public async Task The_real_host_answers_an_unknown_purpose_with_the_JSON_error_not_an_error_page()
    {
        using var client = server.CreateRealClient();

        using var response = await client.PostAsync(
            new Uri("/api/pow/challenges", UriKind.Relative),
            new StringContent("""{"purpose":"everything"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pow.unknownPurpose", body.GetProperty("error").GetString());
    }
}
