using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TipLine.Domain.Rewards;
using TipLine.Web.Resources;

namespace TipLine.Web.Office.Rewards;

/// <summary>The fields of the programme forms (create and edit); amounts and percentages are read as <see cref="RewardsText"/> says.</summary>
public sealed class ProgrammeForm
{
    public string Name { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    public string Jurisdiction { get; set; } = string.Empty;

    public string? MinimumPercent { get; set; }

    public string? MaximumPercent { get; set; }

    public string? MinimumCollected { get; set; }

    public string? Cap { get; set; }

    public string Currency { get; set; } = string.Empty;

    public int ClaimWindowDays { get; set; } = 90;

    public int ContestWindowDays { get; set; } = 30;

    public int AppealWindowDays { get; set; } = 30;

    public string? Exclusions { get; set; }

#pragma warning disable CA2227 // bound from the posted form
    public List<RewardFactor> Factors { get; set; } = [];
#pragma warning restore CA2227

    public bool AllowsAnonymousClaims { get; set; }

    public static ProgrammeForm From(RewardProgrammeTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return new ProgrammeForm
        {
            Name = terms.Name,
            LegalBasis = terms.LegalBasis,
            Jurisdiction = terms.Jurisdiction,
            MinimumPercent = RewardsText.Field(terms.MinimumPercent),
            MaximumPercent = RewardsText.Field(terms.MaximumPercent),
            MinimumCollected = RewardsText.Field(terms.MinimumCollected),
            Cap = RewardsText.Field(terms.Cap),
            Currency = terms.Currency,
            ClaimWindowDays = terms.ClaimWindowDays,
            ContestWindowDays = terms.ContestWindowDays,
            AppealWindowDays = terms.AppealWindowDays,
            Exclusions = terms.Exclusions,
            Factors = [.. terms.Factors],
            AllowsAnonymousClaims = terms.AllowsAnonymousClaims,
        };
    }

    /// <summary>The terms, or null with every unreadable number marked in <paramref name="modelState"/>.</summary>
    internal RewardProgrammeTerms? ToTerms(ModelStateDictionary modelState, IStringLocalizer<RewardsResource> text)
    {
        var ok = true;
        decimal Read(string? value, string field)
        {
            if (RewardsText.TryParseAmount(value, out var number))
            {
                return number;
            }

            modelState.AddModelError(field, text[RewardsText.NumberInvalid]);
            ok = false;
            return 0m;
        }

        var minimumPercent = Read(MinimumPercent, nameof(MinimumPercent));
        var maximumPercent = Read(MaximumPercent, nameof(MaximumPercent));
        var minimumCollected = Read(MinimumCollected, nameof(MinimumCollected));
        decimal? cap = string.IsNullOrWhiteSpace(Cap) ? null : Read(Cap, nameof(Cap));
        return ok
            ? new RewardProgrammeTerms(
                Name, LegalBasis, Jurisdiction, minimumPercent, maximumPercent, minimumCollected, cap, Currency,
                ClaimWindowDays, ContestWindowDays, AppealWindowDays, Exclusions, Factors, AllowsAnonymousClaims)
            : null;
    }
}
