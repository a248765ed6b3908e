using TipLine.Application.Rewards.Awards;
using TipLine.Application.Rewards.Awards.ReadRewardClaim;
using TipLine.Application.Rewards.Awards.RecordAppeal;
using TipLine.Application.Rewards.Awards.RecordAppealDecision;
using TipLine.Application.Rewards.Awards.RecordRewardPayment;
using TipLine.Application.Rewards.Awards.ReverseRewardPayment;
using TipLine.Domain.Rewards;
using static TipLine.Application.Tests.Rewards.Awards.DeterminationTests;

namespace TipLine.Application.Tests.Rewards.Awards;

/// <summary>Payments in tranches as money is collected, reversals, and appeals, on a 20 % final award (cap 50,000 USD).</summary>
public sealed class PaymentAndAppealTests : IAsyncLifetime
{
    private AwardWorld world = null!;

    public async Task InitializeAsync() => world = await AwardWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Payments_follow_collections_in_two_tranches_and_never_exceed_award_percent_times_collected()
    {
        var claim = await FinalAsync();
        await world.CollectAsync(10_000m);

        Assert.Equal(LedgerRefusals.ExceedsOutstanding, await RefusalOf(Pay(claim.Id, 2_000.01m)));
        var first = await Pay(claim.Id, 2_000m);
        Assert.Equal(1, first.Sequence);
        Assert.Equal(LedgerRefusals.ExceedsOutstanding, await RefusalOf(Pay(claim.Id, 0.01m)));
        Assert.DoesNotContain(ClaimAction.RecordPayment, (await Read(claim.Id)).AvailableActions);

        await world.CollectAsync(20_000m);
        await world.CollectAsync(5_000m, kind: SanctionEntryKind.Imposed);
        var view = await Read(claim.Id);
        Assert.Equal((30_000m, 6_000m, 2_000m, 4_000m), (view.Ledger.Collected, view.Ledger.Entitlement, view.Ledger.Paid, view.Ledger.Outstanding));
        Assert.Contains(ClaimAction.RecordPayment, view.AvailableActions);

        Assert.Equal(2, (await Pay(claim.Id, 4_000m)).Sequence);
        Assert.Equal(0m, (await Read(claim.Id)).Ledger.Outstanding);
        Assert.Equal(LedgerRefusals.ExceedsOutstanding, await RefusalOf(Pay(claim.Id, 1m)));
        var message = (await world.MessagesToWhistleblowerAsync(claim)).Last();
        Assert.Contains("A reward payment of 4,000.00 USD was made on 2026-03-12.", message, StringComparison.Ordinal);
        Assert.Equal(2, (await world.AuditActionsAsync()).Count(a => a == "reward.payment.record"));
    }

    [Fact]
    public async Task The_cap_limits_the_award_however_much_is_collected()
    {
        var claim = await FinalAsync();
        await world.CollectAsync(1_000_000m);

        Assert.Equal(50_000m, (await Read(claim.Id)).Ledger.Entitlement);
        Assert.Equal(LedgerRefusals.ExceedsOutstanding, await RefusalOf(Pay(claim.Id, 50_000.01m)));
        await Pay(claim.Id, 50_000m);
    }

    [Fact]
    public async Task Payments_are_refused_in_another_currency_with_too_many_decimals_in_the_future_or_without_a_reference()
    {
        var claim = await FinalAsync();
        await world.CollectAsync(10_000m);

        Assert.Equal(LedgerRefusals.WrongCurrency, await RefusalOf(Pay(claim.Id, 100m, "EUR")));
        Assert.Equal(LedgerRefusals.WrongCurrency, await RefusalOf(Pay(claim.Id, 100m, "XYZ")));
        Assert.Equal(LedgerRefusals.AmountInvalid, await RefusalOf(Pay(claim.Id, 1.001m)));
        Assert.Equal(LedgerRefusals.AmountInvalid, await RefusalOf(Pay(claim.Id, -5m)));
        Assert.Equal(AwardRefusals.PaidOnInFuture, await RefusalOf(Pay(claim.Id, 100m, paidOn: AwardWorld.Today.AddDays(1))));
        Assert.Equal(AwardRefusals.PaymentReferenceInvalid, await RefusalOf(Pay(claim.Id, 100m, reference: " ")));
        Assert.Empty((await Read(claim.Id)).Payments);

        // Lower case is the same code.
        await Pay(claim.Id, 100m, "usd");
    }

    [Fact]
    public async Task Nothing_is_paid_before_the_final_determination_or_while_it_is_under_appeal()
    {
        var preliminary = await world.ClaimAsync(ClaimStatus.Preliminary, percent: 10m);
        var appealed = await world.ClaimAsync(ClaimStatus.Appealed, percent: 10m);
        await world.CollectAsync(10_000m);

        Assert.Equal(LedgerRefusals.NotPayable, await RefusalOf(Pay(preliminary.Id, 100m)));
        Assert.Equal(LedgerRefusals.NotPayable, await RefusalOf(Pay(appealed.Id, 100m)));
    }

    [Fact]
    public async Task A_reversed_payment_can_be_paid_again_and_is_never_reversed_twice()
    {
        var claim = await FinalAsync();
        await world.CollectAsync(10_000m);
        var paid = await Pay(claim.Id, 2_000m);

        var reversal = await world.As(world.OfficerB, m => m.Send(new ReverseRewardPayment(paid.PaymentId, "Returned by the bank")));
        Assert.Equal(2, reversal.Sequence);
        Assert.Equal(LedgerRefusals.AlreadyReversed, await RefusalOf(world.As(world.OfficerB, m => m.Send(new ReverseRewardPayment(paid.PaymentId, "again")))));
        Assert.Equal(LedgerRefusals.UnknownPayment, await RefusalOf(world.As(world.OfficerB, m => m.Send(new ReverseRewardPayment(reversal.PaymentId, "a reversal")))));
        Assert.Equal(0m, (await Read(claim.Id)).Ledger.Paid);

        await Pay(claim.Id, 2_000m);
        var view = await Read(claim.Id);
        Assert.Equal((2_000m, 0m), (view.Ledger.Paid, view.Ledger.Outstanding));
        Assert.Equal([true, false, false], view.Payments.Select(p => p.IsReversed));
        Assert.Equal(1, view.Payments[1].ReversesSequence);
        Assert.Contains("reward.payment.reverse", await world.AuditActionsAsync());
        await Assert.ThrowsAsync<Errors.NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(new ReverseRewardPayment(paid.PaymentId, "not mine"))));
    }

    [Fact]
    public async Task An_appeal_is_recorded_once_within_its_window_and_its_decision_cannot_overpay()
    {
        var claim = await FinalAsync();
        var late = await world.ClaimAsync(ClaimStatus.Final, percent: 10m, preliminaryOn: new DateOnly(2025, 11, 1), finalOn: new DateOnly(2026, 1, 1));
        var filed = await world.ClaimAsync(percent: null);
        await world.CollectAsync(10_000m);
        await Pay(claim.Id, 2_000m);

        Assert.Equal(AwardRefusals.AppealWindowClosed, await RefusalOf(Appeal(late.Id, "T-1")));
        Assert.Equal(AwardRefusals.AppealNotFinal, await RefusalOf(Appeal(filed.Id, "T-1")));
        Assert.Equal(AwardRefusals.AppealReferenceInvalid, await RefusalOf(Appeal(claim.Id, "")));
        Assert.Equal(AwardRefusals.NotAppealed, await RefusalOf(Decide(claim.Id, 15m)));

        await Appeal(claim.Id, "Tribunal 2026/88");
        var appealed = await Read(claim.Id);
        Assert.Equal((ClaimStatus.Appealed, "Tribunal 2026/88"), (appealed.Status, appealed.AppealReference));
        Assert.Equal([ClaimAction.RecordAppealDecision, ClaimAction.ReversePayment], appealed.AvailableActions);
        Assert.Contains("An appeal against the final determination on your reward claim was recorded on 2026-03-14.", (await world.MessagesToWhistleblowerAsync(claim)).Last(), StringComparison.Ordinal);

        Assert.Equal(AwardRefusals.OutsideBand, await RefusalOf(Decide(claim.Id, 31m)));
        Assert.Equal(LedgerRefusals.AwardWouldOverpay, await RefusalOf(Decide(claim.Id, 10m)));
        Assert.Equal(LedgerRefusals.AwardWouldOverpay, await RefusalOf(Decide(claim.Id, null)));
        Assert.Equal(AwardRefusals.AggregateOverMaximum, await RefusalOf(Decide(claim.Id, 25m)));
        await Decide(claim.Id, 20m);

        var decided = await Read(claim.Id);
        Assert.Equal((ClaimStatus.Final, 20m, 2_000m), (decided.Status, decided.AwardPercent, decided.Ledger.Entitlement));
        Assert.Contains("The appeal on your reward claim was decided: 20 % of sanctions collected.", (await world.MessagesToWhistleblowerAsync(claim)).Last(), StringComparison.Ordinal);
        Assert.Equal(AwardRefusals.AppealAlreadyRecorded, await RefusalOf(Appeal(claim.Id, "Again")));
        Assert.Contains("reward.appeal.record", await world.AuditActionsAsync());
        Assert.Contains("reward.appeal.decide", await world.AuditActionsAsync());
    }

    private Task<SeededClaim> FinalAsync() =>
        world.ClaimAsync(ClaimStatus.Final, percent: 20m, preliminaryOn: new DateOnly(2026, 1, 10), finalOn: new DateOnly(2026, 3, 1));

    private Task<RewardClaimView> Read(Guid claimId) => world.As(world.OfficerA, m => m.Send(new ReadRewardClaim(claimId)));

    private Task<RecordedPayment> Pay(Guid claimId, decimal amount, string currency = "USD", DateOnly? paidOn = null, string reference = "TRF-1") =>
        world.As(world.OfficerA, m => m.Send(new RecordRewardPayment(claimId, amount, currency, paidOn ?? new DateOnly(2026, 3, 12), reference)));

    private Task Appeal(Guid claimId, string reference) => world.As(world.OfficerB, async m => await m.Send(new RecordAppeal(claimId, reference)));

    private Task Decide(Guid claimId, decimal? percent) => world.As(world.OfficerB, async m => await m.Send(new RecordAppealDecision(claimId, percent)));
}
