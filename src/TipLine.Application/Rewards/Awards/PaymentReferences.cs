using TipLine.Application.Validation;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Awards;

/// <summary>The paying office's reference, required on every line of the payment ledger.</summary>
internal static class PaymentReferences
{
    public static IReadOnlyList<ValidationProblem> Problems(string? reference) =>
        reference?.Trim() is { Length: > 0 and <= RewardPayment.MaximumReferenceLength }
            ? []
            : [new ValidationProblem("Reference", AwardRefusals.PaymentReferenceInvalid)];
}
