namespace TipLine.Domain.Rewards;

/// <summary>
/// A notice of covered action: the case's collected sanctions passed the programme's minimum, so the whistleblowers
/// of the case's tips may claim until <see cref="ClaimDeadline"/> (inclusive). One notice per referral.
/// </summary>
public sealed class RewardNotice
{
    private RewardNotice()
    {
    }

    public RewardNotice(Guid id, Guid referralId, Guid caseId, Guid programmeId, Guid postedByUserId, DateOnly postedOn, int claimWindowDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(claimWindowDays);
        Id = id;
        ReferralId = referralId;
        CaseId = caseId;
        ProgrammeId = programmeId;
        PostedByUserId = postedByUserId;
        PostedOn = postedOn;
        ClaimDeadline = postedOn.AddDays(claimWindowDays);
    }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid PostedByUserId { get; private set; }

    public DateOnly PostedOn { get; private set; }

    /// <summary>Last day a claim is accepted.</summary>
    public DateOnly ClaimDeadline { get; private set; }

    /// <summary>Set by the deadline sweep the day after <see cref="ClaimDeadline"/>, once officers were told.</summary>
    public DateOnly? ClaimWindowClosedOn { get; private set; }

    public bool AcceptsClaimsOn(DateOnly day) => day <= ClaimDeadline;

    public void MarkClaimWindowClosed(DateOnly day) => ClaimWindowClosedOn ??= day;
}
