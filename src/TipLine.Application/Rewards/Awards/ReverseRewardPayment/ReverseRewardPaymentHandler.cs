using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.ReverseRewardPayment;

public sealed class ReverseRewardPaymentHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ReverseRewardPayment, RecordedPayment>
{
    public async ValueTask<RecordedPayment> Handle(ReverseRewardPayment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var today = clock.Today();
        // Payment lines never change, so finding this one needs no lock; the ledger is read under it.
        var payment = await database.RewardPayments.AsNoTracking()
            .Where(p => database.ClaimsVisibleTo(actor.RequireOrganisation()).Any(c => c.Id == p.ClaimId))
            .SingleOrDefaultAsync(p => p.Id == command.PaymentId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("payment");
        var (claim, _, ledger, sequence) = await PaymentLedgers.OpenAsync(database, actor, payment.ClaimId, cancellationToken).ConfigureAwait(false);
        AwardWorkflow.Refuse(nameof(ReverseRewardPayment), "Payment", ledger.RefuseReversal(payment.Id));

        var reversal = new RewardPayment(
            Guid.NewGuid(), claim.Id, sequence, PaymentKind.Reversal, payment.Amount, payment.Currency, today, command.Reference, payment.Id, userId, today);
        database.RewardPayments.Add(reversal);
        return new RecordedPayment(claim.Id, reversal.Id, sequence);
    }
}
