using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Rewards.Claims.ReadClaimRecipients;

/// <summary>
/// The "age1…" recipients a claim or contest on <see cref="NoticeId"/> must be sealed to (the programme's reward
/// officers, then the whistleblower's own key), for a browser that seals it itself. Empty when the programme has no
/// reward officer: nobody could read a claim, so none can be received. <see cref="TipId"/> comes only from the
/// follow-up session; a notice not posted on the tip's case is "not found".
/// </summary>
[AllowWhistleblower]
public sealed record ReadClaimRecipients(Guid TipId, Guid NoticeId) : IQuery<IReadOnlyList<string>>;
