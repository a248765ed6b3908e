using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Awards.ReverseRewardPayment;

public sealed class ReverseRewardPaymentValidator : IValidator<ReverseRewardPayment>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReverseRewardPayment request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(PaymentReferences.Problems(request.Reference));
    }
}
