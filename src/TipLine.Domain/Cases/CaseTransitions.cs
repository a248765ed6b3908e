namespace TipLine.Domain.Cases;

/// <summary>The case workflow: new → triaged → routed → under investigation → prosecution, closable from any open state.</summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.New] = [CaseStatus.Triaged],
        [CaseStatus.Triaged] = [CaseStatus.Routed],
        [CaseStatus.Routed] = [CaseStatus.UnderInvestigation, CaseStatus.Triaged],
        [CaseStatus.UnderInvestigation] = [CaseStatus.Prosecution],
        [CaseStatus.Prosecution] = [],
        [CaseStatus.Closed] = [],
    };

    public static bool IsAllowed(CaseStatus from, CaseStatus to) =>
        to == CaseStatus.Closed ? from != CaseStatus.Closed : Allowed[from].Contains(to);
}
