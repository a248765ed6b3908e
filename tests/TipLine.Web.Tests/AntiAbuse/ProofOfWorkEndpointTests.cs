using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TipLine.Web.AntiAbuse;

namespace TipLine.Web.Tests.AntiAbuse;

/// <summary>
/// The endpoint over real HTTP on loopback Kestrel, in a minimal host that maps only it: the full TipLine host
/// maps it once the intake endpoints are wired.
/// </summary>
public sealed class ProofOfWorkEndpointTests
{
    [Theory]
    [InlineData("submit", ProofOfWorkPurpose.Submit, ProofOfWorkPurpose.Login)]
    [InlineData("login", ProofOfWorkPurpose.Login, ProofOfWorkPurpose.Submit)]
    public async Task A_challenge_is_issued_for_a_known_purpose_and_redeemable_for_that_purpose_only(
        string purposeName, ProofOfWorkPurpose purpose, ProofOfWorkPurpose otherPurpose)
    {
        await using var host = await MinimalHost.StartAsync(difficulty: 6);
        using var client = host.CreateClient();

        using var response = await client.PostAsync(
            new Uri(ProofOfWorkEndpoints.ChallengesPath, UriKind.Relative),
            JsonBody($$"""{"purpose":"{{purposeName}}"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"), "asking for a challenge must not set a cookie");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["challenge", "difficulty"], json.RootElement.EnumerateObject().Select(property => property.Name));
        var challenge = new ProofOfWorkChallenge(
            json.RootElement.GetProperty("challenge").GetString()!,
            json.RootElement.GetProperty("difficulty").GetInt32());
        Assert.Equal(6, challenge.Difficulty);

        var service = host.Services.GetRequiredService<ProofOfWorkService>();
        var nonce = ProofOfWorkSolver.Solve(challenge);
        Assert.Equal(ProofOfWorkVerdict.WrongPurpose, service.Redeem(otherPurpose, challenge.Challenge, nonce));
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(purpose, challenge.Challenge, nonce));
    }

    [Theory]
    [InlineData("""{"purpose":"admin"}""")]
    [InlineData("""{"purpose":"Submit"}""")]
    [InlineData("""{"purpose":""}""")]
    [InlineData("""{"purpose":null}""")]
    [InlineData("""{"purpose":1}""")]
    [InlineData("""{"Purpose":"submit"}""")]
    [InlineData("""{}""")]
    [InlineData("""["submit"]""")]
    [InlineData("\"submit\"")]
    [InlineData("""{"purpose":"submit" """)]
    [InlineData("purpose=submit")]
    [InlineData("")]
    public async Task Anything_but_a_known_purpose_gets_400_pow_unknownPurpose(string body)
    {
        await using var host = await MinimalHost.StartAsync(difficulty: 6);
        using var client = host.CreateClient();

        using var response = await client.PostAsync(new Uri(ProofOfWorkEndpoints.ChallengesPath, UriKind.Relative), JsonBody(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "pow.unknownPurpose");
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        await using var host = await MinimalHost.StartAsync(difficulty: 6);
        using var client = host.CreateClient();
        var padded = "{\"purpose\":\"submit\",\"padding\":\"" + new string('x', 4096) + "\"}";

        using var response = await client.PostAsync(new Uri(ProofOfWorkEndpoints.ChallengesPath, UriKind.Relative), JsonBody(padded));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "pow.unknownPurpose");
    }

    [Fact]
    public async Task While_the_spent_set_is_full_the_endpoint_answers_503_service_busy()
    {
        await using var host = await MinimalHost.StartAsync(difficulty: 0, maximumSpent: 1);
        using var client = host.CreateClient();
        var service = host.Services.GetRequiredService<ProofOfWorkService>();
        var spent = service.Issue(ProofOfWorkPurpose.Submit);
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, spent.Challenge, "0000000000000000"));

        using var response = await client.PostAsync(new Uri(ProofOfWorkEndpoints.ChallengesPath, UriKind.Relative), JsonBody("""{"purpose":"login"}"""));

        await AssertErrorAsync(response, HttpStatusCode.ServiceUnavailable, "service.busy");
    }

    [Fact]
    public async Task Only_POST_is_mapped()
    {
        await using var host = await MinimalHost.StartAsync(difficulty: 6);
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(ProofOfWorkEndpoints.ChallengesPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
    }

    private sealed class MinimalHost : IAsyncDisposable
    {
        private readonly WebApplication app;

        private MinimalHost(WebApplication app) => this.app = app;

        public IServiceProvider Services => app.Services;

        public static async Task<MinimalHost> StartAsync(int difficulty, int maximumSpent = 1_000_000)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration["TipLine:ProofOfWork:Difficulty"] = difficulty.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Configuration["TipLine:ProofOfWork:MaximumSpentChallenges"] = maximumSpent.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Services.AddTipLineAntiAbuse(builder.Configuration);
            builder.Services.AddLocalization();
            var app = builder.Build();
            app.MapProofOfWorkEndpoints();
            await app.StartAsync();
            return new MinimalHost(app);
        }

        public HttpClient CreateClient()
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(address) };
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
