namespace TipLine.Domain.Rewards;

/// <summary>
/// A whistleblower's claim on a notice, made with their receipt. Who they are, how to pay them or who acts for them
/// is an age file to the programme's reward officers and the whistleblower's own key: investigators, other
/// organisations and the server cannot read it. The claim carries the determination's state; proposals and payments
/// are their own append-only rows.
/// </summary>
public sealed class RewardClaim
{
    private RewardClaim()
    {
        Ciphertext = [];
    }

    public RewardClaim(Guid id, Guid noticeId, Guid programmeId, Guid caseId, Guid tipId, ClaimantKind kind, byte[] ciphertext, DateOnly filedOn)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        Id = id;
        NoticeId = noticeId;
        ProgrammeId = programmeId;
        CaseId = caseId;
        TipId = tipId;
        Kind = kind;
        Ciphertext = ciphertext;
        FiledOn = filedOn;
        Status = ClaimStatus.Filed;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The tip whose receipt made the claim: one claim per tip and notice.</summary>
    public Guid TipId { get; private set; }

    public ClaimantKind Kind { get; private set; }

    public byte[] Ciphertext { get; private set; }

    public DateOnly FiledOn { get; private set; }

    /// <summary>
    /// SHA-256 of the recipient set the claim and its contest are sealed to (null: not recorded). When the programme's
    /// officers change, an officer who can open the claim re-seals it for the current set (ADR 0024).
    /// </summary>
    public byte[]? SealedFor { get; private set; }

    public ClaimStatus Status { get; private set; }

    /// <summary>The approved award in percent; null before a determination is approved, or when it is "no award".</summary>
    public decimal? AwardPercent { get; private set; }

    public DateOnly? PreliminaryOn { get; private set; }

    /// <summary>Last day the whistleblower may contest the preliminary determination.</summary>
    public DateOnly? ContestDeadline { get; private set; }

    /// <summary>age file to the reward officers and the whistleblower: why they contest.</summary>
    public byte[]? ContestCiphertext { get; private set; }

    public DateOnly? ContestedOn { get; private set; }

    /// <summary>The day the whistleblower accepted the preliminary determination and gave up contesting it.</summary>
    public DateOnly? ContestWaivedOn { get; private set; }

    public DateOnly? FinalOn { get; private set; }

    /// <summary>Last day an appeal against the final determination can be recorded.</summary>
    public DateOnly? AppealDeadline { get; private set; }

    public DateOnly? AppealedOn { get; private set; }

    /// <summary>The appeal body's reference (court or tribunal file), recorded with the appeal.</summary>
    public string? AppealReference { get; private set; }

    public DateOnly? AppealDecidedOn { get; private set; }

    /// <summary>Payments are allowed only on a final award that is not under appeal.</summary>
    public bool IsPayable => Status == ClaimStatus.Final && AwardPercent is > 0m;

    public bool IsContested => ContestedOn is not null;

    /// <summary>
    /// The final determination may be proposed once the whistleblower contested, accepted the preliminary one, or let the
    /// contest window pass: a claimant who accepts need not wait weeks for their first payment.
    /// </summary>
    public bool MayProposeFinalOn(DateOnly day) =>
        Status == ClaimStatus.Preliminary && (IsContested || ContestWaivedOn is not null || (ContestDeadline is { } deadline && day > deadline));

    public bool MayContestOn(DateOnly day) =>
        Status == ClaimStatus.Preliminary && !IsContested && ContestWaivedOn is null && ContestDeadline is { } deadline && day <= deadline;

    public bool MayAppealOn(DateOnly day) =>
        Status == ClaimStatus.Final && AppealedOn is null && AppealDeadline is { } deadline && day <= deadline;

    public void Propose(DeterminationStage stage, DateOnly day)
    {
        switch (stage)
        {
            case DeterminationStage.Preliminary when Status == ClaimStatus.Filed:
                Status = ClaimStatus.PreliminaryProposed;
                break;
            case DeterminationStage.Final when MayProposeFinalOn(day):
                Status = ClaimStatus.FinalProposed;
                break;
            default:
                throw new InvalidOperationException($"A {stage} determination cannot be proposed on a claim that is {Status}.");
        }
    }

    /// <summary>Applies an approved proposal; the proposal itself enforces the four eyes.</summary>
    public void ApplyApproved(AwardProposal proposal, RewardProgramme programme, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(programme);
        if (proposal.ClaimId != Id || proposal.State != ProposalState.Approved)
        {
            throw new InvalidOperationException("Only this claim's approved proposal can be applied.");
        }

        if (proposal.Percent is { } percent && !programme.IsInBand(percent))
        {
            throw new InvalidOperationException("An award must lie within the programme's band.");
        }

        AwardPercent = proposal.Percent;
        switch (proposal.Stage)
        {
            case DeterminationStage.Preliminary when Status == ClaimStatus.PreliminaryProposed:
                Status = ClaimStatus.Preliminary;
                PreliminaryOn = day;
                ContestDeadline = day.AddDays(programme.ContestWindowDays);
                break;
            case DeterminationStage.Final when Status == ClaimStatus.FinalProposed:
                Status = ClaimStatus.Final;
                FinalOn = day;
                AppealDeadline = day.AddDays(programme.AppealWindowDays);
                break;
            default:
                throw new InvalidOperationException($"A {proposal.Stage} approval does not fit a claim that is {Status}.");
        }
    }

    public void ApplyReturned(AwardProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        Status = (proposal.Stage, Status) switch
        {
            (DeterminationStage.Preliminary, ClaimStatus.PreliminaryProposed) => ClaimStatus.Filed,
            (DeterminationStage.Final, ClaimStatus.FinalProposed) => ClaimStatus.Preliminary,
            _ => throw new InvalidOperationException($"A {proposal.Stage} return does not fit a claim that is {Status}."),
        };
    }

    public void Contest(byte[] ciphertext, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (!MayContestOn(day))
        {
            throw new InvalidOperationException("The contest window is closed or the claim was already contested.");
        }

        ContestCiphertext = ciphertext;
        ContestedOn = day;
    }

    /// <summary>The whistleblower accepts the preliminary determination: no contest, the final may follow at once.</summary>
    public void WaiveContest(DateOnly day)
    {
        if (!MayContestOn(day))
        {
            throw new InvalidOperationException("The contest window is closed or the claim was already contested or accepted.");
        }

        ContestWaivedOn = day;
    }

    public void RecordAppeal(string reference, DateOnly day)
    {
        if (!MayAppealOn(day))
        {
            throw new InvalidOperationException("An appeal can be recorded only on a final determination, within the appeal window, once.");
        }

        AppealReference = reference?.Trim();
        AppealedOn = day;
        Status = ClaimStatus.Appealed;
    }

    /// <summary>The appeal body decided: the award becomes <paramref name="percent"/> (null: no award) and payments resume.</summary>
    public void RecordAppealDecision(decimal? percent, RewardProgramme programme, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (Status != ClaimStatus.Appealed)
        {
            throw new InvalidOperationException("Only an appealed claim can have an appeal decision.");
        }

        if (percent is { } value && !programme.IsInBand(value))
        {
            throw new InvalidOperationException("An award must lie within the programme's band.");
        }

        AwardPercent = percent;
        AppealDecidedOn = day;
        Status = ClaimStatus.Final;
    }

    public void RecordSealedFor(byte[] recipientsDigest)
    {
        ArgumentNullException.ThrowIfNull(recipientsDigest);
        SealedFor = recipientsDigest;
    }

    /// <summary>The same plaintext sealed again for today's officers (one who joined, or without one who left).</summary>
    public void Reseal(byte[] ciphertext, byte[]? contestCiphertext, byte[] recipientsDigest)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (IsShredded || (contestCiphertext is null) != (ContestCiphertext is null))
        {
            throw new InvalidOperationException("Only a claim that still holds its sealed parts can be re-sealed, all of them at once.");
        }

        Ciphertext = ciphertext;
        ContestCiphertext = contestCiphertext;
        RecordSealedFor(recipientsDigest);
    }

    /// <summary>Retention: the sealed claim and contest are deleted; the amounts and dates stay for the accounts.</summary>
    public void Shred()
    {
        Ciphertext = [];
        ContestCiphertext = null;
    }

    public bool IsShredded => Ciphertext.Length == 0;
}
