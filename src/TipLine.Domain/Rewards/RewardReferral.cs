namespace TipLine.Domain.Rewards;

/// <summary>
/// A case worker has put a case forward to a reward programme. From then on the programme's reward officers see the
/// case's reference, triage metadata and sanctions ledger, and can post a notice; never its tips, notes or messages
/// (they get no tip-key wraps).
/// </summary>
public sealed class RewardReferral
{
    private RewardReferral()
    {
    }

    public RewardReferral(Guid id, Guid caseId, Guid programmeId, Guid referredByUserId, DateOnly referredOn)
    {
        Id = id;
        CaseId = caseId;
        ProgrammeId = programmeId;
        ReferredByUserId = referredByUserId;
        ReferredOn = referredOn;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid ReferredByUserId { get; private set; }

    public DateOnly ReferredOn { get; private set; }
}
