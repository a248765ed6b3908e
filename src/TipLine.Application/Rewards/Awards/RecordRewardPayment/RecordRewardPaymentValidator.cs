using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Awards.RecordRewardPayment;

public sealed class RecordRewardPaymentValidator : IValidator<RecordRewardPayment>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RecordRewardPayment request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(PaymentReferences.Problems(request.Reference));
    }
}
