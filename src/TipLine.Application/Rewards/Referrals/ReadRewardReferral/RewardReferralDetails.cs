using TipLine.Application.Rewards.Programmes;
using TipLine.Application.Rewards.Sanctions;
using TipLine.Domain.Cases;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Referrals.ReadRewardReferral;

public sealed record RewardReferralDetails(
    Guid Id,
    DateOnly ReferredOn,
    ReferredCase Case,
    RewardProgrammeSummary Programme,
    SanctionLedgerView Ledger,
    decimal Collected,
    ReferralNotice? Notice,
    IReadOnlyList<ReferralClaim> Claims,
    bool MayRecordSanctions,
    string? NoticeRefusal)
{
    public bool MinimumReached => Collected >= Programme.Terms.MinimumCollected;

    /// <summary>Whether the reader may post the notice now: a reward officer, and nothing refuses it.</summary>
    public bool MayPostNotice => MayRecordSanctions && NoticeRefusal is null;
}

/// <summary>What a reward officer may know of a referred case: its reference and triage metadata, server-readable by design.</summary>
public sealed record ReferredCase(
    Guid Id,
    string Reference,
    CaseStatus Status,
    CaseOutcome? Outcome,
    string? Taxon,
    CitesAppendix? Appendix,
    IReadOnlyList<string> Countries,
    DateOnly OpenedOn,
    DateOnly? ClosedOn);

public sealed record ReferralNotice(Guid Id, DateOnly PostedOn, DateOnly ClaimDeadline, DateOnly? ClaimWindowClosedOn);

public sealed record ReferralClaim(Guid Id, DateOnly FiledOn, ClaimantKind Kind, ClaimStatus Status, decimal? AwardPercent);
