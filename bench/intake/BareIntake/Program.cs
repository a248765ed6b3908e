using System.Buffers.Text;
using System.Security.Cryptography;
using TipLine.Bench.BareIntake;

// The ceiling for bench/intake: Kestrel with the same three JSON endpoints a JavaScript tip goes through (challenge,
// submission, tip), each reading and deserialising its body like TipLine does, and nothing else: no proof check,
// no validation, no database, no disk. Whatever TipLine adds on top is what the benchmark compares against this.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

app.MapPost("/api/pow/challenges", async (HttpRequest request) =>
{
    var asked = await request.ReadFromJsonAsync<ChallengeRequest>(request.HttpContext.RequestAborted);
    return asked?.Purpose is null
        ? Results.BadRequest()
        : Results.Ok(new { challenge = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64)), difficulty = 0 });
});

app.MapPost("/api/intake/{channel}/submissions", async (HttpRequest request, string channel) =>
{
    var proof = await request.ReadFromJsonAsync<OpenSubmissionRequest>(request.HttpContext.RequestAborted);
    return proof?.Challenge is null || proof.Nonce is null
        ? Results.BadRequest()
        : Results.Ok(new
        {
            submission = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            maximumFileBytes = 2L * 1024 * 1024 * 1024,
            maximumFiles = 20,
            chunkBytes = 8 * 1024 * 1024,
        });
});

app.MapPost("/api/intake/submissions/{submission}/tip", async (HttpRequest request, string submission) =>
{
    var tip = await request.ReadFromJsonAsync<StoreTipRequest>(request.HttpContext.RequestAborted);
    return tip?.Answers is null || tip.Wraps is null || tip.LookupHash is null
        ? Results.BadRequest()
        : Results.Json(new { stored = true }, statusCode: StatusCodes.Status201Created);
});

await app.RunAsync();
