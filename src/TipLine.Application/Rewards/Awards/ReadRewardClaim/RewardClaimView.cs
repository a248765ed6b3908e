using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Awards.ReadRewardClaim;

public sealed record RewardClaimView(
    Guid Id,
    ProgrammeTermsView Programme,
    Guid CaseId,
    string CaseReference,
    DateOnly NoticePostedOn,
    DateOnly ClaimDeadline,
    ClaimantKind Kind,
    ClaimStatus Status,
    DateOnly FiledOn,
    decimal? AwardPercent,
    DateOnly? PreliminaryOn,
    DateOnly? ContestDeadline,
    DateOnly? ContestedOn,
    DateOnly? FinalOn,
    DateOnly? AppealDeadline,
    DateOnly? AppealedOn,
    string? AppealReference,
    DateOnly? AppealDecidedOn,
    Sealed<ClaimContentView> Claim,
    Sealed<string>? Contest,
    IReadOnlyList<ProposalView> Proposals,
    LedgerView Ledger,
    IReadOnlyList<PaymentView> Payments,
    IReadOnlyList<ClaimAction> AvailableActions,
    bool ReaderProposedPending)
{
    public bool Allows(ClaimAction action) => AvailableActions.Contains(action);

    public ProposalView? Pending => Proposals.FirstOrDefault(p => p.State == ProposalState.Pending);
}

public sealed record ProgrammeTermsView(
    Guid Id,
    string Name,
    string LegalBasis,
    string Jurisdiction,
    decimal MinimumPercent,
    decimal MaximumPercent,
    decimal MinimumCollected,
    decimal? Cap,
    string Currency,
    int ContestWindowDays,
    int AppealWindowDays,
    string Exclusions,
    IReadOnlyList<RewardFactor> Factors);

/// <summary>What the claimant sealed; which fields are filled depends on the claimant kind.</summary>
public sealed record ClaimContentView(string Name, string Contact, string PayoutDetails, string Representative, string Statement);

/// <summary>Why a sealed part is or is not shown.</summary>
public enum SealedState
{
    Opened = 1,

    /// <summary>Sealed before the reader became a reward officer of the programme: their key is not among its recipients.</summary>
    NotSealedToReader = 2,

    /// <summary>The reader's role never reads sealed parts (auditors).</summary>
    NotForRole = 3,

    /// <summary>Deleted under the retention rules; the figures stay.</summary>
    Shredded = 4,
}

public sealed record Sealed<T>(SealedState State, T? Value)
    where T : class;

public sealed record ProposalView(
    Guid Id,
    DeterminationStage Stage,
    decimal? Percent,
    ProposalState State,
    string ProposedBy,
    Guid ProposedByUserId,
    DateOnly ProposedOn,
    string? DecidedBy,
    DateOnly? DecidedOn,
    Sealed<IReadOnlyDictionary<RewardFactor, string>> Reasons,
    Sealed<string>? ReturnReason);

public sealed record LedgerView(string Currency, decimal MinimumCollected, decimal? Cap, decimal Collected, decimal Entitlement, decimal Paid, decimal Outstanding, bool IsPayable);

public sealed record PaymentView(Guid Id, int Sequence, PaymentKind Kind, decimal Amount, string Currency, DateOnly PaidOn, string Reference, int? ReversesSequence, bool IsReversed, DateOnly RecordedOn);
