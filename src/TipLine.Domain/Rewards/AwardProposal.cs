namespace TipLine.Domain.Rewards;

/// <summary>
/// One officer's proposed determination (an award % within the band, or no award) with a written reason per factor,
/// sealed to the programme's reward officers. A second, different officer approves or returns it; a decided proposal
/// never changes again, so the rows are the determination history.
/// </summary>
public sealed class AwardProposal
{
    private AwardProposal()
    {
        ReasonsCiphertext = [];
    }

    public AwardProposal(Guid id, Guid claimId, DeterminationStage stage, decimal? percent, byte[] reasonsCiphertext, Guid proposedByUserId, DateOnly proposedOn)
    {
        ArgumentNullException.ThrowIfNull(reasonsCiphertext);
        if (percent is <= 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), "An award is more than 0 % and at most 100 %; no award is null.");
        }

        Id = id;
        ClaimId = claimId;
        Stage = stage;
        Percent = percent;
        ReasonsCiphertext = reasonsCiphertext;
        ProposedByUserId = proposedByUserId;
        ProposedOn = proposedOn;
        State = ProposalState.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ClaimId { get; private set; }

    public DeterminationStage Stage { get; private set; }

    /// <summary>The proposed award in percent of collected sanctions; null proposes no award (e.g. an exclusion applies).</summary>
    public decimal? Percent { get; private set; }

    /// <summary>age file to the reward officers: a reason per factor.</summary>
    public byte[] ReasonsCiphertext { get; private set; }

    public Guid ProposedByUserId { get; private set; }

    public DateOnly ProposedOn { get; private set; }

    public ProposalState State { get; private set; }

    /// <summary>SHA-256 of the officers the reasons (and a return reason) are sealed to; null: not recorded.</summary>
    public byte[]? SealedFor { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>age file to the reward officers: why it was returned (optional).</summary>
    public byte[]? ReturnReasonCiphertext { get; private set; }

    public void RecordSealedFor(byte[] recipientsDigest)
    {
        ArgumentNullException.ThrowIfNull(recipientsDigest);
        SealedFor = recipientsDigest;
    }

    /// <summary>The same reasons sealed again for today's officers.</summary>
    public void Reseal(byte[] reasonsCiphertext, byte[]? returnReasonCiphertext, byte[] recipientsDigest)
    {
        ArgumentNullException.ThrowIfNull(reasonsCiphertext);
        if (ReasonsCiphertext.Length == 0 || (returnReasonCiphertext is null) != (ReturnReasonCiphertext is null))
        {
            throw new InvalidOperationException("Only reasons that still exist can be re-sealed, all of them at once.");
        }

        ReasonsCiphertext = reasonsCiphertext;
        ReturnReasonCiphertext = returnReasonCiphertext;
        RecordSealedFor(recipientsDigest);
    }

    /// <summary>Retention: the written reasons are deleted; who proposed and approved what stays.</summary>
    public void Shred()
    {
        ReasonsCiphertext = [];
        ReturnReasonCiphertext = null;
    }

    public void Approve(Guid approverUserId, DateOnly day) => Decide(approverUserId, day, ProposalState.Approved, null);

    public void Return(Guid reviewerUserId, DateOnly day, byte[]? reasonCiphertext) => Decide(reviewerUserId, day, ProposalState.Returned, reasonCiphertext);

    private void Decide(Guid userId, DateOnly day, ProposalState outcome, byte[]? reasonCiphertext)
    {
        if (State != ProposalState.Pending)
        {
            throw new InvalidOperationException("This proposal has already been decided.");
        }

        if (userId == ProposedByUserId)
        {
            throw new FourEyesViolationException();
        }

        State = outcome;
        DecidedByUserId = userId;
        DecidedOn = day;
        ReturnReasonCiphertext = reasonCiphertext;
    }
}
