using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Rewards.Claims.ContestDetermination;

/// <summary>
/// The whistleblower of <see cref="TipId"/> contests the preliminary determination on their claim, within the contest
/// window, once. <see cref="Ciphertext"/> is the <see cref="ContestContent"/> JSON sealed like the claim (to
/// <see cref="RewardQueries.ClaimRecipientsAsync"/>). <see cref="TipId"/> comes only from the follow-up session; a
/// claim of another tip is "not found". Not audited (ADR 0017).
/// </summary>
[AllowWhistleblower]
public sealed record ContestDetermination(Guid TipId, Guid ClaimId, byte[] Ciphertext) : ICommand<Guid>;
