namespace TipLine.Application.Rewards.Awards;

/// <summary>What a reward officer can do to a claim; <see cref="AwardWorkflow"/> says when.</summary>
public enum ClaimAction
{
    ProposeDetermination = 1,
    ApproveDetermination = 2,
    ReturnDetermination = 3,
    RecordAppeal = 4,
    RecordAppealDecision = 5,
    RecordPayment = 6,
    ReversePayment = 7,
}
