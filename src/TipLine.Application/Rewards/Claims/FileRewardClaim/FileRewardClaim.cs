using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Claims.FileRewardClaim;

/// <summary>
/// The whistleblower of <see cref="TipId"/> claims the reward a notice offers. <see cref="Ciphertext"/> is the
/// <see cref="ClaimContent"/> JSON, padded and sealed (by the browser or, without JavaScript, by the server in memory)
/// to <see cref="RewardQueries.ClaimRecipientsAsync"/>; the server reads only the <see cref="Kind"/>.
/// <see cref="TipId"/> comes only from the follow-up session. Not audited, like every whistleblower action (ADR 0017).
/// </summary>
[AllowWhistleblower]
public sealed record FileRewardClaim(Guid TipId, Guid NoticeId, ClaimantKind Kind, byte[] Ciphertext) : ICommand<Guid>;
