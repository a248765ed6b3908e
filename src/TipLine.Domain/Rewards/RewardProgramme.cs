using TipLine.Domain.Organisations;

namespace TipLine.Domain.Rewards;

/// <summary>
/// A reward programme run by one organisation (its reward officers operate it) under a legal basis in one
/// jurisdiction: awards are a percentage of sanctions actually collected, within a band, above a minimum, up to a cap,
/// in one currency. Windows are in days. Programme terms are public law, so they are stored in the clear.
/// </summary>
public sealed class RewardProgramme
{
    public const int MaximumWindowDays = 3650;

    private RewardProgramme()
    {
        Name = string.Empty;
        LegalBasis = string.Empty;
        Jurisdiction = string.Empty;
        Currency = string.Empty;
        Exclusions = string.Empty;
        Factors = string.Empty;
    }

    public RewardProgramme(Guid id, Guid organisationId, RewardProgrammeTerms terms, DateOnly createdOn)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Id = id;
        OrganisationId = organisationId;
        CreatedOn = createdOn;
        Name = string.Empty;
        LegalBasis = string.Empty;
        Jurisdiction = string.Empty;
        Currency = string.Empty;
        Exclusions = string.Empty;
        Factors = string.Empty;
        Apply(terms);
        IsActive = true;
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation whose reward officers run the programme.</summary>
    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The law or decision the programme rests on, e.g. "16 U.S.C. 3375(d)".</summary>
    public string LegalBasis { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the jurisdiction.</summary>
    public string Jurisdiction { get; private set; }

    public decimal MinimumPercent { get; private set; }

    public decimal MaximumPercent { get; private set; }

    /// <summary>Collected sanctions (in <see cref="Currency"/>) a case must reach before a notice can be posted.</summary>
    public decimal MinimumCollected { get; private set; }

    /// <summary>Most one award may reach, in <see cref="Currency"/>; null when the law sets none.</summary>
    public decimal? Cap { get; private set; }

    public string Currency { get; private set; }

    public int ClaimWindowDays { get; private set; }

    public int ContestWindowDays { get; private set; }

    public int AppealWindowDays { get; private set; }

    /// <summary>Who cannot receive an award, e.g. "officials acting in their duties"; shown to claimants.</summary>
    public string Exclusions { get; private set; }

    /// <summary>The factors officers must weigh, as a comma-separated list of <see cref="RewardFactor"/> names.</summary>
    public string Factors { get; private set; }

    /// <summary>Whether a claim may be made without giving any identity (paid through an intermediary or lawyer).</summary>
    public bool AllowsAnonymousClaims { get; private set; }

    public bool IsActive { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    public IReadOnlyList<RewardFactor> FactorList =>
        string.IsNullOrEmpty(Factors) ? [] : Factors.Split(',').Select(Enum.Parse<RewardFactor>).ToList();

    public bool IsInBand(decimal percent) =>
        percent >= MinimumPercent && percent <= MaximumPercent && decimal.Round(percent, RewardRounding.PercentDecimals) == percent;

    /// <summary>New terms; whether the programme is active is left as it was (deactivating is its own, audited act).</summary>
    public void Update(RewardProgrammeTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Apply(terms);
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    private void Apply(RewardProgrammeTerms terms)
    {
        var problems = terms.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(", ", problems.Select(p => p.Key)), nameof(terms));
        }

        Name = terms.Name.Trim();
        LegalBasis = terms.LegalBasis.Trim();
        Jurisdiction = CountryList.Normalise([terms.Jurisdiction]);
        MinimumPercent = terms.MinimumPercent;
        MaximumPercent = terms.MaximumPercent;
        MinimumCollected = terms.MinimumCollected;
        Cap = terms.Cap;
        Currency = CurrencyCodes.Normalise(terms.Currency)!;
        ClaimWindowDays = terms.ClaimWindowDays;
        ContestWindowDays = terms.ContestWindowDays;
        AppealWindowDays = terms.AppealWindowDays;
        Exclusions = terms.Exclusions?.Trim() ?? string.Empty;
        Factors = string.Join(',', terms.Factors.Distinct().Order().Select(f => f.ToString()));
        AllowsAnonymousClaims = terms.AllowsAnonymousClaims;
    }
}
