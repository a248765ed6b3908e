using TipLine.Application.Errors;
using TipLine.Application.Validation;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases;

/// <summary>
/// Who may do what to a case, and in which state: the one table the use cases enforce and the case page reads, so
/// a button is shown exactly when pressing it would be allowed. Requests' role attributes admit the roles that may
/// ever act; this adds the organisation's relation to the case (owner or routed) and the case's status.
/// </summary>
public static class CaseWorkflow
{
    public const string CaseClosed = "case.closed";
    public const string CaseNotTriaged = "case.notTriaged";
    public const string TransitionNotAllowed = "case.transition.notAllowed";

    /// <summary>
    /// The roles that work on cases. A routing gives tip keys to an organisation's members holding one of them, not to
    /// its administrators, auditors or reward officers.
    /// </summary>
    public const StaffRoles CaseWorkerRoles = StaffRoles.IntakeInvestigator | StaffRoles.Prosecutor | StaffRoles.EnforcementOfficer;

    /// <summary>Whether the actor's roles and relation to the case allow the action at all, whatever the case's state.</summary>
    public static bool Permits(CaseAction action, CaseRelation relation, StaffRoles roles) => action switch
    {
        CaseAction.Triage or CaseAction.Assign or CaseAction.AddTip or CaseAction.Route or CaseAction.WithdrawRouting
            or CaseAction.IssueTakedownNotice => relation == CaseRelation.Owner && Has(roles, StaffRoles.IntakeInvestigator),
        CaseAction.AddNote or CaseAction.StartInvestigation => (roles & CaseWorkerRoles) != StaffRoles.None,
        CaseAction.StartProsecution => relation == CaseRelation.Routed && Has(roles, StaffRoles.Prosecutor),
        CaseAction.Close => relation == CaseRelation.Owner ? Has(roles, StaffRoles.IntakeInvestigator) : Has(roles, StaffRoles.Prosecutor),
        _ => false,
    };

    /// <summary>The refusal key when the case's status does not allow the action, or null when it does.</summary>
    public static string? StateProblem(CaseAction action, CaseStatus status) => action switch
    {
        // Access can always be taken back, even from a closed case.
        CaseAction.WithdrawRouting => null,
        _ when status == CaseStatus.Closed => CaseClosed,
        CaseAction.Route => status == CaseStatus.New ? CaseNotTriaged : null,
        CaseAction.StartInvestigation => CaseTransitions.IsAllowed(status, CaseStatus.UnderInvestigation) ? null : TransitionNotAllowed,
        CaseAction.StartProsecution => CaseTransitions.IsAllowed(status, CaseStatus.Prosecution) ? null : TransitionNotAllowed,
        _ => null,
    };

    public static CaseRelation RelationOf(Case @case, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.OrganisationId == organisationId ? CaseRelation.Owner : CaseRelation.Routed;
    }

    /// <summary>Every action the actor could take on the case now.</summary>
    public static IReadOnlyList<CaseAction> AvailableTo(Case @case, Guid organisationId, StaffRoles roles)
    {
        var relation = RelationOf(@case, organisationId);
        return Enum.GetValues<CaseAction>()
            .Where(action => Permits(action, relation, roles) && StateProblem(action, @case.Status) is null)
            .ToList();
    }

    /// <summary>
    /// Refuses the action: <see cref="ForbiddenException"/> when the actor may never do it to this case (the case is
    /// visible to them, so saying so reveals nothing), a validation refusal when the case's state does not allow it.
    /// </summary>
    public static void Demand(string useCase, CaseAction action, Case @case, Guid organisationId, StaffRoles roles)
    {
        if (!Permits(action, RelationOf(@case, organisationId), roles))
        {
            throw new ForbiddenException(useCase, $"Not allowed to {action} this case.");
        }

        if (StateProblem(action, @case.Status) is { } problem)
        {
            throw Refusal(useCase, "Case", problem);
        }
    }

    /// <summary>A refusal found by a handler (it needed the database), reported like a validator's.</summary>
    public static RequestValidationException Refusal(string useCase, string field, string messageKey) =>
        new(useCase, [new ValidationProblem(field, messageKey)]);

    private static bool Has(StaffRoles roles, StaffRoles role) => (roles & role) == role;
}
