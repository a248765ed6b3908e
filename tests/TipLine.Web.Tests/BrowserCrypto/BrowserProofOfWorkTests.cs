using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TipLine.Web.AntiAbuse;
using PoW = TipLine.Crypto.ProofOfWork.ProofOfWork;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>The browser's proof-of-work solver (noble SHA-256, no WebCrypto) finds nonces the server accepts.</summary>
public sealed class BrowserProofOfWorkTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(16)]
    public void The_browser_finds_the_same_smallest_nonce_as_the_server_solver(int difficulty)
    {
        var challenge = RandomNumberGenerator.GetBytes(58);

        var nonce = SolveInBrowser(Base64Url.EncodeToString(challenge), difficulty);

        Assert.Matches("^[0-9a-f]{16}$", nonce);
        var value = ulong.Parse(nonce, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        Assert.True(PoW.IsSolved(challenge, value, difficulty));
        // Both count up from zero, so equality also proves the byte order of the nonce and of the hash bits.
        Assert.Equal(PoW.Solve(challenge, difficulty, CancellationToken.None), value);
    }

    [Theory]
    [InlineData(ProofOfWorkPurpose.Submit)]
    [InlineData(ProofOfWorkPurpose.Login)]
    public void A_challenge_issued_by_the_server_and_solved_by_the_browser_is_redeemed(ProofOfWorkPurpose purpose)
    {
        using var service = new ProofOfWorkService(Options.Create(new ProofOfWorkOptions { Difficulty = 14 }), TimeProvider.System);
        var challenge = service.Issue(purpose);

        var nonce = SolveInBrowser(challenge.Challenge, challenge.Difficulty);

        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(purpose, challenge.Challenge, nonce));
    }

    [Fact]
    public void The_solver_refuses_an_impossible_difficulty_instead_of_spinning()
    {
        var request = JsonSerializer.Serialize(new { challenge = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(58)), difficulty = 65 });

        var result = ClientAppScripts.Run("pow.mjs", [request]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("difficulty", result.StandardError, StringComparison.Ordinal);
    }

    private static string SolveInBrowser(string challenge, int difficulty)
    {
        var output = ClientAppScripts.RunSuccessfully("pow.mjs", [JsonSerializer.Serialize(new { challenge, difficulty })]);
        return System.Text.Encoding.ASCII.GetString(output).Trim();
    }
}
