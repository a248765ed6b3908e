using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.ReadCase;

/// <summary>
/// A case as its page shows it: triage metadata, tips with their deadlines, notes decrypted with whichever tip key the
/// reader can open, routings, takedown notices issued, what the reader may do now, and (for the owner's intake
/// investigators) routing suggestions and the choices the forms need. Needs the reader's unlocked key when they hold
/// a wrap of one of the case's tips and the case has notes.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ReadCase(Guid CaseId) : IQuery<CaseDetails>;
