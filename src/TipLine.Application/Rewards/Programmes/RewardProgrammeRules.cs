using TipLine.Application.Validation;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Programmes;

/// <summary>The programme terms' own rules (<see cref="RewardProgrammeTerms.Problems"/>) reported as form problems.</summary>
public static class RewardProgrammeRules
{
    public const string TermsRequired = "rewards.programme.terms.required";

    /// <summary>
    /// Online platforms never run programmes: a programme's officers see the reference, triage metadata and sanctions of
    /// every case referred to it, and platforms must never get a case (ADR 0023), only takedown notices.
    /// </summary>
    public const string PlatformCannotRun = "rewards.programme.platform";

    public static bool MayRunProgrammes(OrganisationType type) => type != OrganisationType.OnlinePlatform;

    public static IReadOnlyList<ValidationProblem> Check(RewardProgrammeTerms? terms) =>
        terms is null
            ? [new ValidationProblem("Terms", TermsRequired)]
            : terms.Problems().Select(p => new ValidationProblem(p.Field, p.Key)).ToList();
}
