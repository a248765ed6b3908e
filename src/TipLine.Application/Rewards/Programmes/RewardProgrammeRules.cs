using TipLine.Application.Validation;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Programmes;

/// <summary>The programme terms' own rules (<see cref="RewardProgrammeTerms.Problems"/>) reported as form problems.</summary>
public static class RewardProgrammeRules
{
    public const string TermsRequired = "rewards.programme.terms.required";

    public static IReadOnlyList<ValidationProblem> Check(RewardProgrammeTerms? terms) =>
        terms is null
            ? [new ValidationProblem("Terms", TermsRequired)]
            : terms.Problems().Select(p => new ValidationProblem(p.Field, p.Key)).ToList();
}
