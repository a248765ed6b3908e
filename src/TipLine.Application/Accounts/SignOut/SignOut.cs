using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.SignOut;

/// <summary>Ends the session server-side: its row (and with it the sealed key) is deleted, so a copied cookie is useless.</summary>
[RequiresRole(StaffRoles.Administrator, StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer, StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record SignOut(Guid SessionId) : ICommand;
