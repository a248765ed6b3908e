namespace TipLine.Domain.Rewards;

/// <summary>The configurable terms of a programme; <see cref="FirstProblem"/> names the first rule they break.</summary>
public sealed record RewardProgrammeTerms(
    string Name,
    string LegalBasis,
    string Jurisdiction,
    decimal MinimumPercent,
    decimal MaximumPercent,
    decimal MinimumCollected,
    decimal? Cap,
    string Currency,
    int ClaimWindowDays,
    int ContestWindowDays,
    int AppealWindowDays,
    string? Exclusions,
    IReadOnlyList<RewardFactor> Factors,
    bool AllowsAnonymousClaims)
{
    /// <summary>Every rule the terms break, as (field, stable message key); empty when they are valid.</summary>
    public IReadOnlyList<(string Field, string Key)> Problems()
    {
        var problems = new List<(string Field, string Key)>();
        var currency = CurrencyCodes.Normalise(Currency);
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > MaximumNameLength)
        {
            problems.Add((nameof(Name), "rewards.programme.name.invalid"));
        }

        if (string.IsNullOrWhiteSpace(LegalBasis) || LegalBasis.Trim().Length > MaximumTextLength)
        {
            problems.Add((nameof(LegalBasis), "rewards.programme.legalBasis.invalid"));
        }

        if (Jurisdiction is null || Jurisdiction.Trim().Length != 2 || !Jurisdiction.Trim().All(char.IsAsciiLetter))
        {
            problems.Add((nameof(Jurisdiction), "rewards.programme.jurisdiction.invalid"));
        }

        if (currency is null)
        {
            problems.Add((nameof(Currency), "rewards.programme.currency.invalid"));
        }

        if (MinimumPercent <= 0m || MaximumPercent > 100m || MinimumPercent > MaximumPercent
            || decimal.Round(MinimumPercent, RewardRounding.PercentDecimals) != MinimumPercent
            || decimal.Round(MaximumPercent, RewardRounding.PercentDecimals) != MaximumPercent)
        {
            problems.Add((nameof(MinimumPercent), "rewards.programme.band.invalid"));
        }

        if (MinimumCollected < 0m || (currency is not null && !CurrencyCodes.FitsMinorUnit(MinimumCollected, currency)))
        {
            problems.Add((nameof(MinimumCollected), "rewards.programme.minimum.invalid"));
        }

        if (Cap is { } cap && (cap <= 0m || (currency is not null && !CurrencyCodes.FitsMinorUnit(cap, currency))))
        {
            problems.Add((nameof(Cap), "rewards.programme.cap.invalid"));
        }

        if (!IsWindow(ClaimWindowDays) || !IsWindow(ContestWindowDays) || !IsWindow(AppealWindowDays))
        {
            problems.Add((nameof(ClaimWindowDays), "rewards.programme.window.invalid"));
        }

        if (Factors is null || Factors.Count == 0 || Factors.Any(f => !Enum.IsDefined(f)))
        {
            problems.Add((nameof(Factors), "rewards.programme.factors.required"));
        }

        if ((Exclusions?.Length ?? 0) > MaximumTextLength)
        {
            problems.Add((nameof(Exclusions), "rewards.programme.exclusions.tooLong"));
        }

        return problems;
    }

    public const int MaximumNameLength = 200;

    public const int MaximumTextLength = 2000;

    private static bool IsWindow(int days) => days is >= 1 and <= RewardProgramme.MaximumWindowDays;
}
