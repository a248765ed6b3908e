using TipLine.Application.Validation;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Sanctions.RecordSanctionEntry;

/// <summary>What a line must be on its own: a known kind, an ISO 4217 currency, an amount its minor unit can hold, a day not in the future, a reference.</summary>
public sealed class RecordSanctionEntryValidator(TimeProvider clock) : IValidator<RecordSanctionEntry>
{
    public const string KindInvalid = "rewards.sanction.kind.invalid";
    public const string CurrencyInvalid = "rewards.sanction.currency.invalid";
    public const string AmountInvalid = LedgerRefusals.SanctionAmountInvalid;
    public const string OccurredInFuture = "rewards.sanction.occurredOn.future";
    public const string ReferenceRequired = "rewards.sanction.reference.required";
    public const string ReferenceTooLong = "rewards.sanction.reference.tooLong";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RecordSanctionEntry request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (request.CorrectsEntryId is null && !Enum.IsDefined(request.Kind))
        {
            problems.Add(new(nameof(request.Kind), KindInvalid));
        }

        var currency = CurrencyCodes.Normalise(request.Currency);
        if (currency is null)
        {
            problems.Add(new(nameof(request.Currency), CurrencyInvalid));
        }

        // A new line records a positive amount; a correction a signed, non-zero one.
        var signOk = request.CorrectsEntryId is null ? request.Amount > 0m : request.Amount != 0m;
        if (!signOk || (currency is not null && !CurrencyCodes.FitsMinorUnit(request.Amount, currency)))
        {
            problems.Add(new(nameof(request.Amount), AmountInvalid));
        }

        if (request.OccurredOn > clock.Today())
        {
            problems.Add(new(nameof(request.OccurredOn), OccurredInFuture));
        }

        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            problems.Add(new(nameof(request.Reference), ReferenceRequired));
        }
        else if (request.Reference.Trim().Length > SanctionEntry.MaximumReferenceLength)
        {
            problems.Add(new(nameof(request.Reference), ReferenceTooLong));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}
