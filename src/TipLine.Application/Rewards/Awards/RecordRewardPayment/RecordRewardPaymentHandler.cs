using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.RecordRewardPayment;

public sealed class RecordRewardPaymentHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RecordRewardPayment, RecordedPayment>
{
    public async ValueTask<RecordedPayment> Handle(RecordRewardPayment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var today = clock.Today();
        var (claim, _, ledger, sequence) = await PaymentLedgers.OpenAsync(database, actor, command.ClaimId, cancellationToken).ConfigureAwait(false);
        AwardWorkflow.Refuse(nameof(RecordRewardPayment), nameof(command.PaidOn), command.PaidOn > today ? AwardRefusals.PaidOnInFuture : null);
        var currency = CurrencyCodes.Normalise(command.Currency) ?? command.Currency ?? string.Empty;
        AwardWorkflow.Refuse(
            nameof(RecordRewardPayment), nameof(command.Amount), ledger.RefusePayment(command.Amount, currency));

        var payment = new RewardPayment(
            Guid.NewGuid(), claim.Id, sequence, PaymentKind.Payment, command.Amount, currency, command.PaidOn, command.Reference, null, userId, today);
        database.RewardPayments.Add(payment);
        await ClaimantMessages.SendAsync(
            database, claim, userId, ClaimantMessages.Payment(payment.Amount, payment.Currency, payment.PaidOn), today, cancellationToken).ConfigureAwait(false);
        return new RecordedPayment(claim.Id, payment.Id, sequence);
    }
}
