using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TipLine.Web.AntiAbuse;

/// <summary>
/// Without JavaScript there is no proof of work, so the server-side path is limited by two global token buckets
/// instead: one for tips, one for receipt logins. They count requests and nothing else; nothing about who sent a
/// request is read, kept or compared, so a flood slows everyone down but identifies no one.
/// </summary>
public sealed class NoScriptLimiter : IDisposable
{
    private readonly TokenBucketRateLimiter submissions;
    private readonly TokenBucketRateLimiter logins;

    public NoScriptLimiter(IOptions<NoScriptOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        submissions = CreateBucket(options.Value.SubmissionsPerMinute);
        logins = CreateBucket(options.Value.LoginsPerMinute);
    }

    /// <summary>Takes one tip submission from the global budget; false when it is spent for now.</summary>
    public bool TryAcquireSubmission() => TryAcquire(submissions);

    /// <summary>Takes one receipt login from the global budget; false when it is spent for now.</summary>
    public bool TryAcquireLogin() => TryAcquire(logins);

    public void Dispose()
    {
        submissions.Dispose();
        logins.Dispose();
    }

    // A full minute's budget may be used at once; it then refills continuously (one token every 60/n seconds).
    // Refilling on demand instead of on a timer means no background work and a smooth rate at any setting.
    private static TokenBucketRateLimiter CreateBucket(int perMinute) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = false,
    });

    private static bool TryAcquire(TokenBucketRateLimiter bucket)
    {
        bucket.TryReplenish();
        using var lease = bucket.AttemptAcquire();
        return lease.IsAcquired;
    }
}
