using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Rewards.Claims.AcceptPreliminaryDetermination;

/// <summary>
/// The whistleblower accepts the preliminary determination and gives up contesting it, so the final determination
/// (and the first payment) need not wait for the contest window to end. <see cref="TipId"/> comes only from the
/// follow-up session. Not audited, like every whistleblower action (ADR 0017).
/// </summary>
[AllowWhistleblower]
public sealed record AcceptPreliminaryDetermination(Guid TipId, Guid ClaimId) : ICommand<bool>;
