using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.FollowUp.SignInWithReceipt;

/// <summary>
/// Finds the tip of a receipt from SHA-256 of its lookup secret. Null when no tip matches (or it was destroyed). The
/// caller must already have charged for the attempt (proof of work or the global budget): a wrong guess costs the
/// guesser, never the server's knowledge of who guessed.
/// </summary>
[AllowWhistleblower]
public sealed record SignInWithReceipt(byte[] LookupHash) : IQuery<Guid?>;
