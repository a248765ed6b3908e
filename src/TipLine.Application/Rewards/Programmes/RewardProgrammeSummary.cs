using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Programmes;

/// <summary>A programme as configured: its terms (public law, shown in the clear), whether it is active, since when.</summary>
public sealed record RewardProgrammeSummary(Guid Id, RewardProgrammeTerms Terms, bool IsActive, DateOnly CreatedOn)
{
    public static RewardProgrammeSummary Of(RewardProgramme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var terms = new RewardProgrammeTerms(
            programme.Name,
            programme.LegalBasis,
            programme.Jurisdiction,
            programme.MinimumPercent,
            programme.MaximumPercent,
            programme.MinimumCollected,
            programme.Cap,
            programme.Currency,
            programme.ClaimWindowDays,
            programme.ContestWindowDays,
            programme.AppealWindowDays,
            programme.Exclusions,
            programme.FactorList,
            programme.AllowsAnonymousClaims);
        return new RewardProgrammeSummary(programme.Id, terms, programme.IsActive, programme.CreatedOn);
    }
}
