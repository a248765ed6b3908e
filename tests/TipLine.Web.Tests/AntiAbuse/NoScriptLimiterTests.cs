using Microsoft.Extensions.Options;
using TipLine.Web.AntiAbuse;

namespace TipLine.Web.Tests.AntiAbuse;

public sealed class NoScriptLimiterTests
{
    [Fact]
    public void A_full_minute_of_submissions_is_allowed_and_the_next_one_is_refused()
    {
        using var limiter = new NoScriptLimiter(Options.Create(new NoScriptOptions { SubmissionsPerMinute = 30, LoginsPerMinute = 30 }));

        for (var i = 0; i < 30; i++)
        {
            Assert.True(limiter.TryAcquireSubmission(), $"submission {i + 1} of 30 was refused");
        }

        // The next token is two seconds away; these calls take microseconds.
        Assert.False(limiter.TryAcquireSubmission());
        Assert.False(limiter.TryAcquireSubmission());
    }

    [Fact]
    public void Logins_and_submissions_have_separate_budgets()
    {
        using var limiter = new NoScriptLimiter(Options.Create(new NoScriptOptions { SubmissionsPerMinute = 2, LoginsPerMinute = 3 }));

        Assert.True(limiter.TryAcquireSubmission());
        Assert.True(limiter.TryAcquireSubmission());
        Assert.False(limiter.TryAcquireSubmission());

        Assert.True(limiter.TryAcquireLogin());
        Assert.True(limiter.TryAcquireLogin());
        Assert.True(limiter.TryAcquireLogin());
        Assert.False(limiter.TryAcquireLogin());
    }

    [Fact]
    public async Task The_budget_refills_with_time()
    {
        // 6000 a minute is one token every 10 ms, so a short real wait must bring some back.
        using var limiter = new NoScriptLimiter(Options.Create(new NoScriptOptions { SubmissionsPerMinute = 6000, LoginsPerMinute = 1 }));
        var taken = 0;
        while (limiter.TryAcquireSubmission())
        {
            taken++;
        }

        Assert.InRange(taken, 6000, 7000);
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.True(limiter.TryAcquireSubmission(), "no token came back after 300 ms at 100 a second");
    }

    [Fact]
    public async Task Concurrent_callers_never_get_more_than_the_budget()
    {
        using var limiter = new NoScriptLimiter(Options.Create(new NoScriptOptions { SubmissionsPerMinute = 1, LoginsPerMinute = 50 }));
        using var start = new Barrier(8);

        var granted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                var count = 0;
                for (var i = 0; i < 20; i++)
                {
                    count += limiter.TryAcquireLogin() ? 1 : 0;
                }

                return count;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        // 50 to start with; at 50 a minute at most a few more can accrue while 160 calls run.
        Assert.InRange(granted.Sum(), 50, 52);
    }
}
