namespace TipLine.Domain.Staff;

/// <summary>What a staff member may do; a user may hold several roles.</summary>
[Flags]
public enum StaffRoles
{
    None = 0,
    Administrator = 1,
    IntakeInvestigator = 2,
    Prosecutor = 4,
    EnforcementOfficer = 8,
    RewardOfficer = 16,
    Auditor = 32,
}
