namespace TipLine.Crypto.ProofOfWork;

/// <summary>What an authentic challenge says: what it may be spent on, until when, and the id that makes it single-use.</summary>
/// <param name="Purpose">The caller's purpose code; the codec only carries it.</param>
/// <param name="ExpiresAtUnixSeconds">The first second at which the challenge is no longer valid.</param>
/// <param name="Id">128 random bits, unique per minted challenge, for remembering which ones were spent.</param>
public readonly record struct ProofOfWorkChallengeContents(byte Purpose, long ExpiresAtUnixSeconds, UInt128 Id);
