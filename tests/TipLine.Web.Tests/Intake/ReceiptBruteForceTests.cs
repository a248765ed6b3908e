using System.Net;
using System.Security.Cryptography;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Receipts;
using TipLine.Web.Tests.AntiAbuse;
using TipLine.Web.Tests.Hosting;
using static TipLine.Web.Tests.Intake.BrowserProtocolExpectations;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// Guessing receipts is paid for: with JavaScript every attempt needs a fresh, solved login proof of work, which a
/// wrong guess spends; without it every attempt, right or wrong, takes a token from one global bucket.
/// </summary>
public sealed class ReceiptBruteForceTests(SeededServer seeded) : IClassFixture<SeededServer>
{
    private const int Guesses = 20;

    private TipLineServer Server => seeded.Server;

    [Fact]
    public async Task Every_wrong_lookup_secret_is_refused_without_a_cookie_and_spends_its_proof_of_work()
    {
        using var http = Server.CreateRealClient();
        using var tip = await new ApiClient(http, "fr").SubmitTipAsync("wildlife", new TipAnswers { Description = "a tip worth guessing" }, []);
        var attacker = new ApiClient(http, "fr");

        for (var guess = 0; guess < Guesses; guess++)
        {
            var proof = await attacker.SolveAsync("login");
            using (var wrong = await attacker.LoginAsync(proof, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))))
            {
                await RefusedInFrenchAsync(Server, wrong, HttpStatusCode.BadRequest, "followup.receipt.notRecognised");
            }

            // The wrong guess spent the proof: a second guess on it is refused before any lookup.
            using var reused = await attacker.LoginAsync(proof, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
            await RefusedInFrenchAsync(Server, reused, HttpStatusCode.BadRequest, "pow.alreadyUsed");
        }

        Assert.Null(attacker.Session);

        // The refusals were the guesses' fault: the right secret with fresh work gets in.
        using var right = await attacker.LoginAsync(await attacker.SolveAsync("login"), tip.Receipt.LookupSecretHex);
        await ApiClient.ExpectAsync(right, HttpStatusCode.NoContent);
        Assert.NotNull(attacker.Session);
    }

    [Fact]
    public async Task A_spent_challenge_is_refused_before_the_lookup_even_with_the_right_secret()
    {
        using var http = Server.CreateRealClient();
        using var tip = await new ApiClient(http, "fr").SubmitTipAsync("wildlife", new TipAnswers { Description = "spent challenge" }, []);
        var client = new ApiClient(http, "fr");
        var proof = await client.SolveAsync("login");
        using (var wrong = await client.LoginAsync(proof, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))))
        {
            await RefusedInFrenchAsync(Server, wrong, HttpStatusCode.BadRequest, "followup.receipt.notRecognised");
        }

        using (var wrongAgain = await client.LoginAsync(proof, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))))
        {
            await RefusedInFrenchAsync(Server, wrongAgain, HttpStatusCode.BadRequest, "pow.alreadyUsed");
        }

        using var right = await client.LoginAsync(proof, tip.Receipt.LookupSecretHex);
        await RefusedInFrenchAsync(Server, right, HttpStatusCode.BadRequest, "pow.alreadyUsed");
        Assert.Null(client.Session);
    }

    [Fact]
    public async Task A_login_without_valid_work_is_refused_even_with_the_right_secret()
    {
        using var http = Server.CreateRealClient();
        using var tip = await new ApiClient(http, "fr").SubmitTipAsync("wildlife", new TipAnswers { Description = "no work" }, []);
        var client = new ApiClient(http, "fr");

        using (var none = await client.LoginAsync(proof: null, tip.Receipt.LookupSecretHex))
        {
            await RefusedInFrenchAsync(Server, none, HttpStatusCode.BadRequest, "pow.invalid");
        }

        using (var forSubmitting = await client.LoginAsync(await client.SolveAsync("submit"), tip.Receipt.LookupSecretHex))
        {
            await RefusedInFrenchAsync(Server, forSubmitting, HttpStatusCode.BadRequest, "pow.invalid");
        }

        var challenge = await client.RequestChallengeAsync("login");
        using (var unsolved = await client.LoginAsync(new ApiClientProof(challenge.Challenge, ProofOfWorkSolver.Unsolved(challenge)), tip.Receipt.LookupSecretHex))
        {
            await RefusedInFrenchAsync(Server, unsolved, HttpStatusCode.BadRequest, "pow.notSolved");
        }

        Assert.Null(client.Session);
    }

    [Fact]
    public async Task Without_javascript_the_fourth_login_in_a_row_exceeds_a_budget_of_three_a_minute()
    {
        using var server = TipLineServer.WithSettings(new Dictionary<string, string> { ["TipLine:NoScript:LoginsPerMinute"] = "3" });
        var notRecognised = Localised(server, "followup.receipt.notRecognised", "fr");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // A new connection each time: the budget is global, nothing about a requester is told apart.
            using var http = server.CreateRealClient();
            using var wrong = await http.PostAsync("/followup/login?lang=fr", NoScriptIntakeTests.Form(("receipt", Receipt.Generate().ToDisplayString())));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains(notRecognised, WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using var last = server.CreateRealClient();
        using var fourth = await last.PostAsync("/followup/login?lang=fr", NoScriptIntakeTests.Form(("receipt", Receipt.Generate().ToDisplayString())));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        var page = WebUtility.HtmlDecode(await fourth.Content.ReadAsStringAsync());
        Assert.Contains(Localised(server, "service.busy", "fr"), page, StringComparison.Ordinal);
        Assert.DoesNotContain(notRecognised, page, StringComparison.Ordinal);
        Assert.False(fourth.Headers.Contains("Set-Cookie"), "a refused login must not set a cookie");
    }
}
