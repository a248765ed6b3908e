using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Options;
using TipLine.Crypto.ProofOfWork;

namespace TipLine.Web.AntiAbuse;

/// <summary>
/// Issues and redeems proof-of-work challenges (ADR 0017). Challenges are stateless, authenticated by a key that
/// lives only in this process; the only state is the set of spent challenge ids, each kept until its challenge
/// expires so it cannot be replayed, and bounded so a flood cannot exhaust memory. Nothing about the requester
/// is involved: a challenge is bound to a purpose and a time, never to a person or an address.
/// </summary>
public sealed class ProofOfWorkService : IDisposable
{
    // Ids are kept this long past expiry, so a wall clock stepped back a little cannot revive a forgotten one.
    private const long ClockStepAllowanceSeconds = 120;
    private const long SweepIntervalSeconds = 60;

    private static readonly int EncodedChallengeLength = Base64Url.GetEncodedLength(ProofOfWorkChallengeCodec.ChallengeLength);

    private readonly ProofOfWorkChallengeCodec codec = ProofOfWorkChallengeCodec.WithRandomKey();
    private readonly ConcurrentDictionary<UInt128, long> spentUntil = new();
    private readonly Lock sweepLock = new();
    private readonly TimeProvider timeProvider;
    private readonly int difficulty;
    private readonly long lifetimeSeconds;
    private readonly int capacity;

    // Counted separately: ConcurrentDictionary.Count takes every lock, and slots are reserved before adding.
    private int spentCount;
    private long lastSweepAt;

    public ProofOfWorkService(IOptions<ProofOfWorkOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
        difficulty = options.Value.Difficulty;
        lifetimeSeconds = options.Value.LifetimeMinutes * 60L;
        capacity = options.Value.MaximumSpentChallenges;
        lastSweepAt = Now;
    }

    public int Difficulty => difficulty;

    /// <summary>How many spent ids are remembered right now.</summary>
    public int SpentChallengeCount => Volatile.Read(ref spentCount);

    /// <summary>
    /// A fresh challenge for <paramref name="purpose"/>, or false while the memory of spent challenges is full: a
    /// challenge that could not be remembered once spent must not be handed out.
    /// </summary>
    public bool TryIssue(ProofOfWorkPurpose purpose, [NotNullWhen(true)] out ProofOfWorkChallenge? challenge)
    {
        ThrowIfUnknown(purpose);
        var now = Now;
        SweepIfDue(now);
        if (Volatile.Read(ref spentCount) >= capacity)
        {
            challenge = null;
            return false;
        }

        var bytes = codec.Mint((byte)purpose, now + lifetimeSeconds);
        challenge = new ProofOfWorkChallenge(Base64Url.EncodeToString(bytes), difficulty);
        return true;
    }

    /// <summary>A fresh challenge; throws <see cref="InvalidOperationException"/> while the memory of spent challenges is full.</summary>
    public ProofOfWorkChallenge Issue(ProofOfWorkPurpose purpose) =>
        TryIssue(purpose, out var challenge)
            ? challenge
            : throw new InvalidOperationException("Too many spent proof-of-work challenges are remembered; try again later.");

    /// <summary>
    /// Spends a solved challenge for <paramref name="purpose"/>. Only an accepted challenge is spent: a wrong nonce
    /// leaves it redeemable, so a client fault does not cost the whistleblower their work.
    /// </summary>
    public ProofOfWorkVerdict Redeem(ProofOfWorkPurpose purpose, string? challenge, string? nonceHex)
    {
        ThrowIfUnknown(purpose);
        Span<byte> bytes = stackalloc byte[ProofOfWorkChallengeCodec.ChallengeLength];
        if (!TryDecodeChallenge(challenge, bytes) || !TryParseNonce(nonceHex, out var nonce)
            || !codec.TryOpen(bytes, out var contents))
        {
            return ProofOfWorkVerdict.Malformed;
        }

        if (contents.Purpose != (byte)purpose)
        {
            return ProofOfWorkVerdict.WrongPurpose;
        }

        var now = Now;
        if (now >= contents.ExpiresAtUnixSeconds)
        {
            return ProofOfWorkVerdict.Expired;
        }

        SweepIfDue(now);
        if (spentUntil.ContainsKey(contents.Id))
        {
            return ProofOfWorkVerdict.AlreadyUsed;
        }

        if (!ProofOfWork.IsSolved(bytes, nonce, difficulty))
        {
            return ProofOfWorkVerdict.NotSolved;
        }

        if (Interlocked.Increment(ref spentCount) > capacity)
        {
            Interlocked.Decrement(ref spentCount);
            return ProofOfWorkVerdict.Overloaded;
        }

        // The single atomic step that decides which of several concurrent redeemers wins.
        if (!spentUntil.TryAdd(contents.Id, contents.ExpiresAtUnixSeconds + ClockStepAllowanceSeconds))
        {
            Interlocked.Decrement(ref spentCount);
            return ProofOfWorkVerdict.AlreadyUsed;
        }

        return ProofOfWorkVerdict.Accepted;
    }

    public void Dispose() => codec.Dispose();

    private long Now => timeProvider.GetUtcNow().ToUnixTimeSeconds();

    private static void ThrowIfUnknown(ProofOfWorkPurpose purpose)
    {
        if (!Enum.IsDefined(purpose))
        {
            throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown proof-of-work purpose.");
        }
    }

    private static bool TryDecodeChallenge(string? challenge, Span<byte> destination) =>
        challenge is not null
        && challenge.Length == EncodedChallengeLength
        // The OperationStatus overload: TryDecodeFromChars throws on characters outside the alphabet.
        && Base64Url.DecodeFromChars(challenge, destination, out _, out var written) == OperationStatus.Done
        && written == destination.Length;

    private static bool TryParseNonce(string? nonceHex, out ulong nonce)
    {
        nonce = 0;
        if (nonceHex is null || nonceHex.Length != 2 * ProofOfWork.NonceLength)
        {
            return false;
        }

        // Exactly 16 ASCII hex digits: no sign, prefix or whitespace, so Parse below cannot fail.
        foreach (var digit in nonceHex)
        {
            if (!char.IsAsciiHexDigit(digit))
            {
                return false;
            }
        }

        nonce = ulong.Parse(nonceHex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// Forgets ids whose challenges can no longer be redeemed anyway. Runs once a minute, or at most once a second
    /// while full; one caller sweeps while the others carry on.
    /// </summary>
    private void SweepIfDue(long now)
    {
        var last = Interlocked.Read(ref lastSweepAt);
        var full = Volatile.Read(ref spentCount) >= capacity;
        if (now - last < SweepIntervalSeconds && !(full && now > last))
        {
            return;
        }

        if (!sweepLock.TryEnter())
        {
            return;
        }

        try
        {
            foreach (var (id, keepUntil) in spentUntil)
            {
                if (keepUntil <= now && spentUntil.TryRemove(new KeyValuePair<UInt128, long>(id, keepUntil)))
                {
                    Interlocked.Decrement(ref spentCount);
                }
            }

            Interlocked.Exchange(ref lastSweepAt, now);
        }
        finally
        {
            sweepLock.Exit();
        }
    }
}
