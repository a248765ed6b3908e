namespace TipLine.Application.Cases;

/// <summary>What a staff member can do to a case; <see cref="CaseWorkflow"/> says who may do which, and when.</summary>
public enum CaseAction
{
    Triage = 1,
    Assign = 2,
    AddTip = 3,
    Route = 4,
    WithdrawRouting = 5,
    IssueTakedownNotice = 6,
    AddNote = 7,
    StartInvestigation = 8,
    StartProsecution = 9,
    Close = 10,
}
