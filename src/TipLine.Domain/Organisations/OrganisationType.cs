namespace TipLine.Domain.Organisations;

/// <summary>What kind of body an organisation is; routing and takedown notices depend on it.</summary>
public enum OrganisationType
{
    IntakeUnit = 1,
    ProsecutionOffice = 2,
    WildlifePolice = 3,
    Customs = 4,
    CitesManagementAuthority = 5,
    OnlinePlatform = 6,
}
