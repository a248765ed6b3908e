using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Claims.ReadRewardStatus;

/// <summary>
/// The rewards the whistleblower of <see cref="TipId"/> can claim or has claimed: each notice posted on the tip's case
/// with the programme's terms, and this tip's own claim on it with its determinations and payments. Nothing about
/// other tips' claims. <see cref="TipId"/> comes only from the follow-up session.
/// </summary>
[AllowWhistleblower]
public sealed record ReadRewardStatus(Guid TipId) : IQuery<RewardStatusView>;

public sealed record RewardStatusView(IReadOnlyList<RewardNoticeView> Notices);

/// <summary>A notice of covered action; <see cref="AcceptsClaims"/> says whether today is still inside the claim window.</summary>
public sealed record RewardNoticeView(Guid NoticeId, DateOnly PostedOn, DateOnly ClaimDeadline, bool AcceptsClaims, RewardTermsView Terms, RewardClaimView? Claim);

/// <summary>The programme terms a claimant needs to decide whether and how to claim (public law, stored in the clear).</summary>
public sealed record RewardTermsView(
    string Name,
    string LegalBasis,
    string Jurisdiction,
    decimal MinimumPercent,
    decimal MaximumPercent,
    decimal? Cap,
    string Currency,
    string Exclusions,
    bool AllowsAnonymousClaims,
    int ContestWindowDays);

/// <summary>Where the whistleblower's claim stands, as they are allowed to see it.</summary>
public sealed record RewardClaimView(
    Guid ClaimId,
    DateOnly FiledOn,
    ClaimantKind Kind,
    ClaimDetermination Determination,
    decimal? AwardPercent,
    DateOnly? PreliminaryOn,
    DateOnly? ContestDeadline,
    bool MayContest,
    DateOnly? ContestedOn,
    DateOnly? AcceptedOn,
    DateOnly? FinalOn,
    DateOnly? AppealDeadline,
    DateOnly? AppealedOn,
    DateOnly? AppealDecidedOn,
    IReadOnlyList<RewardPaymentView> Payments,
    decimal TotalReceived);

/// <summary>A line of the payment ledger: a reversal takes back an earlier payment.</summary>
public sealed record RewardPaymentView(DateOnly PaidOn, decimal Amount, string Currency, bool IsReversal);

/// <summary>
/// The approved determination the whistleblower sees. Proposals awaiting a second officer are not shown: until one is
/// approved the claim is simply under review.
/// </summary>
public enum ClaimDetermination
{
    UnderReview = 1,
    Preliminary = 2,
    Final = 3,
    Appealed = 4,
}
