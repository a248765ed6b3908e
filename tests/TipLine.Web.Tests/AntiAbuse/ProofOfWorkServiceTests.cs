using System.Buffers.Text;
using Microsoft.Extensions.Options;
using TipLine.Web.AntiAbuse;

namespace TipLine.Web.Tests.AntiAbuse;

public sealed class ProofOfWorkServiceTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<ProofOfWorkService> services = [];

    [Fact]
    public void An_issued_challenge_is_58_bytes_of_unpadded_base64url_at_the_configured_difficulty()
    {
        var service = CreateService(difficulty: 8);

        var challenge = service.Issue(ProofOfWorkPurpose.Submit);

        Assert.Equal(8, challenge.Difficulty);
        Assert.Equal(78, challenge.Challenge.Length);
        Assert.DoesNotContain("=", challenge.Challenge, StringComparison.Ordinal);
        Assert.Equal(58, Base64Url.DecodeFromChars(challenge.Challenge).Length);
        Assert.NotEqual(challenge.Challenge, service.Issue(ProofOfWorkPurpose.Submit).Challenge);
    }

    [Theory]
    [InlineData(ProofOfWorkPurpose.Submit)]
    [InlineData(ProofOfWorkPurpose.Login)]
    public void A_solved_challenge_is_accepted_once_and_then_already_used(ProofOfWorkPurpose purpose)
    {
        var service = CreateService(difficulty: 8);
        var challenge = service.Issue(purpose);
        var nonce = ProofOfWorkSolver.Solve(challenge);

        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(purpose, challenge.Challenge, nonce));
        Assert.Equal(ProofOfWorkVerdict.AlreadyUsed, service.Redeem(purpose, challenge.Challenge, nonce));
        Assert.Equal(ProofOfWorkVerdict.AlreadyUsed, service.Redeem(purpose, challenge.Challenge, nonce.ToUpperInvariant()));
        Assert.Equal(1, service.SpentChallengeCount);
    }

    [Fact]
    public void A_wrong_nonce_is_not_solved_and_does_not_burn_the_challenge()
    {
        var service = CreateService(difficulty: 8);
        var challenge = service.Issue(ProofOfWorkPurpose.Submit);

        Assert.Equal(ProofOfWorkVerdict.NotSolved, service.Redeem(ProofOfWorkPurpose.Submit, challenge.Challenge, ProofOfWorkSolver.Unsolved(challenge)));
        Assert.Equal(0, service.SpentChallengeCount);
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, challenge.Challenge, ProofOfWorkSolver.Solve(challenge)));
    }

    [Fact]
    public void A_challenge_for_one_purpose_cannot_be_spent_on_the_other()
    {
        var service = CreateService(difficulty: 4);
        var login = service.Issue(ProofOfWorkPurpose.Login);
        var nonce = ProofOfWorkSolver.Solve(login);

        Assert.Equal(ProofOfWorkVerdict.WrongPurpose, service.Redeem(ProofOfWorkPurpose.Submit, login.Challenge, nonce));
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Login, login.Challenge, nonce));
    }

    [Fact]
    public void A_challenge_expires_after_its_lifetime_and_not_before()
    {
        var service = CreateService(difficulty: 4);
        var early = service.Issue(ProofOfWorkPurpose.Submit);
        var late = service.Issue(ProofOfWorkPurpose.Submit);

        clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, early.Challenge, ProofOfWorkSolver.Solve(early)));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ProofOfWorkVerdict.Expired, service.Redeem(ProofOfWorkPurpose.Submit, late.Challenge, ProofOfWorkSolver.Solve(late)));
    }

    [Fact]
    public void Any_changed_byte_of_the_challenge_makes_it_malformed()
    {
        // Difficulty 0: every nonce solves everything, so only the challenge's authenticity can refuse it.
        var service = CreateService(difficulty: 0);
        var challenge = service.Issue(ProofOfWorkPurpose.Submit);
        var bytes = Base64Url.DecodeFromChars(challenge.Challenge);

        for (var i = 0; i < bytes.Length; i++)
        {
            var tampered = (byte[])bytes.Clone();
            tampered[i] ^= 0x01;
            Assert.Equal(
                ProofOfWorkVerdict.Malformed,
                service.Redeem(ProofOfWorkPurpose.Submit, Base64Url.EncodeToString(tampered), "0000000000000000"));
        }

        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, challenge.Challenge, "0000000000000000"));
    }

    [Fact]
    public void Malformed_challenges_and_nonces_are_refused_without_spending_anything()
    {
        var service = CreateService(difficulty: 0);
        var challenge = service.Issue(ProofOfWorkPurpose.Submit).Challenge;
        const string nonce = "00000000000000ff";

        string?[] badChallenges =
        [
            null, "", "not a challenge", challenge[..^1], challenge + "A", challenge + "==", " " + challenge[1..],
            CreateService(difficulty: 0).Issue(ProofOfWorkPurpose.Submit).Challenge, // another process's key
        ];
        foreach (var bad in badChallenges)
        {
            Assert.Equal(ProofOfWorkVerdict.Malformed, service.Redeem(ProofOfWorkPurpose.Submit, bad, nonce));
        }

        string?[] badNonces = [null, "", "ff", "0000000000000000ff", "000000000000000", "0x000000000000ff", "00000000000000fg", " 00000000000000f", "-000000000000001"];
        foreach (var bad in badNonces)
        {
            Assert.Equal(ProofOfWorkVerdict.Malformed, service.Redeem(ProofOfWorkPurpose.Submit, challenge, bad));
        }

        Assert.Equal(0, service.SpentChallengeCount);
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, challenge, nonce));
    }

    [Fact]
    public void Difficulty_zero_needs_no_work_but_still_one_authentic_unspent_challenge()
    {
        var service = CreateService(difficulty: 0);
        var challenge = service.Issue(ProofOfWorkPurpose.Login);

        Assert.Equal(0, challenge.Difficulty);
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Login, challenge.Challenge, "FFFFFFFFFFFFFFFF"));
        Assert.Equal(ProofOfWorkVerdict.AlreadyUsed, service.Redeem(ProofOfWorkPurpose.Login, challenge.Challenge, "0123456789abcdef"));
    }

    [Fact]
    public async Task Many_threads_redeeming_one_solved_challenge_get_exactly_one_acceptance()
    {
        // Many rounds, all threads released together each round, so a check-then-act race has many chances to show.
        const int threads = 8;
        const int rounds = 3000;
        var service = CreateService(difficulty: 4);
        var challenges = Enumerable.Range(0, rounds).Select(_ => service.Issue(ProofOfWorkPurpose.Submit)).ToArray();
        var nonces = challenges.Select(ProofOfWorkSolver.Solve).ToArray();
        var verdicts = new ProofOfWorkVerdict[rounds, threads];
        using var roundStart = new Barrier(threads);

        await Task.WhenAll(Enumerable.Range(0, threads).Select(thread => Task.Factory.StartNew(
            () =>
            {
                for (var round = 0; round < rounds; round++)
                {
                    roundStart.SignalAndWait();
                    verdicts[round, thread] = service.Redeem(ProofOfWorkPurpose.Submit, challenges[round].Challenge, nonces[round]);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        for (var round = 0; round < rounds; round++)
        {
            var accepted = 0;
            for (var thread = 0; thread < threads; thread++)
            {
                Assert.Contains(verdicts[round, thread], new[] { ProofOfWorkVerdict.Accepted, ProofOfWorkVerdict.AlreadyUsed });
                accepted += verdicts[round, thread] == ProofOfWorkVerdict.Accepted ? 1 : 0;
            }

            Assert.True(accepted == 1, $"round {round}: {accepted} threads were accepted");
        }

        Assert.Equal(rounds, service.SpentChallengeCount);
    }

    [Fact]
    public void Spent_ids_are_forgotten_only_once_their_challenges_have_expired()
    {
        var service = CreateService(difficulty: 0);
        var challenge = service.Issue(ProofOfWorkPurpose.Submit);
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, challenge.Challenge, "0000000000000000"));

        // Sweeps run on use; before expiry the id must survive them.
        clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        service.Issue(ProofOfWorkPurpose.Submit);
        Assert.Equal(1, service.SpentChallengeCount);
        Assert.Equal(ProofOfWorkVerdict.AlreadyUsed, service.Redeem(ProofOfWorkPurpose.Submit, challenge.Challenge, "0000000000000000"));

        clock.Advance(TimeSpan.FromMinutes(10));
        service.Issue(ProofOfWorkPurpose.Submit);
        Assert.Equal(0, service.SpentChallengeCount);
        Assert.Equal(ProofOfWorkVerdict.Expired, service.Redeem(ProofOfWorkPurpose.Submit, challenge.Challenge, "0000000000000000"));
    }

    [Fact]
    public void When_the_spent_set_is_full_new_challenges_are_refused_rather_than_spent_ids_forgotten()
    {
        var service = CreateService(difficulty: 0, maximumSpent: 2);
        var first = service.Issue(ProofOfWorkPurpose.Submit);
        var second = service.Issue(ProofOfWorkPurpose.Submit);
        var third = service.Issue(ProofOfWorkPurpose.Login);

        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, first.Challenge, "0000000000000000"));
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, second.Challenge, "0000000000000000"));

        Assert.False(service.TryIssue(ProofOfWorkPurpose.Submit, out var refused));
        Assert.Null(refused);
        Assert.Throws<InvalidOperationException>(() => service.Issue(ProofOfWorkPurpose.Login));
        Assert.Equal(ProofOfWorkVerdict.Overloaded, service.Redeem(ProofOfWorkPurpose.Login, third.Challenge, "0000000000000000"));
        Assert.Equal(ProofOfWorkVerdict.AlreadyUsed, service.Redeem(ProofOfWorkPurpose.Submit, first.Challenge, "0000000000000000"));
        Assert.Equal(2, service.SpentChallengeCount);

        // Full but nothing expired yet: a second later a sweep runs and still may not free anything.
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(service.TryIssue(ProofOfWorkPurpose.Submit, out _));

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.True(service.TryIssue(ProofOfWorkPurpose.Submit, out var reopened));
        Assert.Equal(ProofOfWorkVerdict.Accepted, service.Redeem(ProofOfWorkPurpose.Submit, reopened.Challenge, "0000000000000000"));
        Assert.Equal(1, service.SpentChallengeCount);
    }

    [Fact]
    public void An_undefined_purpose_is_a_programming_error()
    {
        var service = CreateService(difficulty: 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => service.Issue((ProofOfWorkPurpose)3));
        Assert.Throws<ArgumentOutOfRangeException>(() => service.Redeem(0, "x", "0000000000000000"));
    }

    public void Dispose()
    {
        foreach (var service in services)
        {
            service.Dispose();
        }
    }

    private ProofOfWorkService CreateService(int difficulty, int maximumSpent = 1_000_000)
    {
        var options = new ProofOfWorkOptions
        {
            Difficulty = difficulty,
            LifetimeMinutes = (int)Lifetime.TotalMinutes,
            MaximumSpentChallenges = maximumSpent,
        };
        var service = new ProofOfWorkService(Options.Create(options), clock);
        services.Add(service);
        return service;
    }
}
