using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Sanctions.ListSanctionEntries;
using TipLine.Application.Rewards.Sanctions.RecordSanctionEntry;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Tests.Rewards.Programmes;

/// <summary>The case's append-only sanctions ledger: who may write it, what a line must be, and how corrections work.</summary>
public sealed class SanctionLedgerTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public async Task Case_workers_and_the_programmes_reward_officers_append_numbered_lines_and_read_the_totals()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();

        await world.As(world.Cases.Investigator, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Imposed, 50_000m, "usd", Day, "Court order 2026/14")));
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 20_000m, "USD", Day, "Receipt 1")));
        await world.As(world.Cases.Investigator, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.ForfeitureProceeds, 1_500.5m, "EUR", Day, "Decree 7")));

        var ledger = await world.As(world.Officer, m => m.Send(new ListSanctionEntries(referred.CaseId)));

        Assert.Equal([1, 2, 3], ledger.Entries.Select(e => e.Sequence));
        Assert.Equal(["amelie", "officer-a", "amelie"], ledger.Entries.Select(e => e.RecordedBy));
        Assert.Equal("USD", ledger.Entries[0].Currency);
        Assert.Equal(
            [new SanctionTotal(SanctionEntryKind.ForfeitureProceeds, "EUR", 1_500.5m), new SanctionTotal(SanctionEntryKind.Imposed, "USD", 50_000m), new SanctionTotal(SanctionEntryKind.Collected, "USD", 20_000m)],
            ledger.Totals);
        Assert.Equal(3, (await world.AuditActionsAsync()).Count(a => a == "reward.sanction.record"));
    }

    [Fact]
    public async Task A_correction_is_a_new_signed_line_with_its_originals_kind_and_the_original_is_never_changed()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();
        var original = await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 2_000m, "USD", Day, "Receipt 1")));

        // The correction's own kind is ignored: it carries the corrected line's.
        await world.As(world.Cases.Investigator, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Imposed, -200m, "USD", Day, "Receipt 1 corrected", original)));

        var entries = await world.EntriesAsync(referred.CaseId);
        Assert.Equal(2_000m, entries[0].Amount);
        Assert.Equal((SanctionEntryKind.Collected, -200m, (Guid?)original), (entries[1].Kind, entries[1].Amount, entries[1].CorrectsEntryId));
        var ledger = await world.As(world.Cases.Investigator, m => m.Send(new ListSanctionEntries(referred.CaseId)));
        Assert.Equal(1_800m, ledger.Entries[0].Net);
        Assert.Equal(1, ledger.Entries[1].CorrectsSequence);
        Assert.Contains("reward.sanction.correct", await world.AuditActionsAsync());
    }

    [Fact]
    public async Task Corrections_breaking_the_ledger_rules_are_refused_with_their_keys()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();
        var original = await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 2_000m, "USD", Day, "Receipt 1")));
        var correction = await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, -500m, "USD", Day, "Fix", original)));

        await AssertRefusedAsync(world, LedgerRefusals.UnknownSanctionEntry, new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, -1m, "USD", Day, "Fix", Guid.NewGuid()));
        await AssertRefusedAsync(world, LedgerRefusals.CorrectionOfCorrection, new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 1m, "USD", Day, "Fix", correction));
        await AssertRefusedAsync(world, LedgerRefusals.CorrectionBelowZero, new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, -1_500.01m, "USD", Day, "Fix", original));
        await AssertRefusedAsync(world, LedgerRefusals.CorrectionCurrency, new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, -1m, "EUR", Day, "Fix", original));
        Assert.Equal(2, (await world.EntriesAsync(referred.CaseId)).Count);

        // Down to exactly zero is allowed.
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, -1_500m, "USD", Day, "Fix", original)));
    }

    [Theory]
    [InlineData(0, "USD", 0, "Ref", RecordSanctionEntryValidator.AmountInvalid)]
    [InlineData(-5, "USD", 0, "Ref", RecordSanctionEntryValidator.AmountInvalid)]
    [InlineData(1.5, "JPY", 0, "Ref", RecordSanctionEntryValidator.AmountInvalid)]
    [InlineData(1.005, "USD", 0, "Ref", RecordSanctionEntryValidator.AmountInvalid)]
    [InlineData(10, "XYZ", 0, "Ref", RecordSanctionEntryValidator.CurrencyInvalid)]
    [InlineData(10, "USD", 1, "Ref", RecordSanctionEntryValidator.OccurredInFuture)]
    [InlineData(10, "USD", 0, " ", RecordSanctionEntryValidator.ReferenceRequired)]
    [InlineData(10, "USD", 0, null, RecordSanctionEntryValidator.ReferenceTooLong)]
    public async Task A_line_that_is_not_a_valid_sanction_is_refused_with_its_key(double amount, string currency, int daysAfterToday, string? reference, string key)
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();

        await AssertRefusedAsync(world, key, new RecordSanctionEntry(
            referred.CaseId, SanctionEntryKind.Collected, (decimal)amount, currency, RewardsWorld.Today.AddDays(daysAfterToday), reference ?? new string('r', 201)));

        Assert.Empty(await world.EntriesAsync(referred.CaseId));
    }

    [Fact]
    public async Task Taking_collected_money_back_below_what_an_award_was_paid_is_refused_until_payments_are_reversed()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();
        var collected = await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 10_000m, "USD", Day, "Receipt 1")));
        var seeded = await SeededAward.FinalClaimPaidAsync(world, referred, awardPercent: 20m, paid: 2_000m);

        // 20 % of 9 999.99 is 1 999.99 (rounded down), below the 2 000 already paid.
        await AssertRefusedAsync(world, LedgerRefusals.CollectionWouldOverpay, new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, -0.01m, "USD", Day, "Fix", collected));
        // Other currencies and sanctions imposed are not what the award is paid from.
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 100m, "EUR", Day, "Receipt EUR")));
        var imposed = await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Imposed, 100m, "USD", Day, "Order")));
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Imposed, -100m, "USD", Day, "Order fix", imposed)));

        await seeded.ReverseAsync();
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, -0.01m, "USD", Day, "Fix", collected)));
        Assert.Equal(5, (await world.EntriesAsync(referred.CaseId)).Count);
    }

    [Fact]
    public async Task Nobody_outside_the_case_or_its_programmes_can_read_or_write_the_ledger()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();
        var unreferred = await world.Cases.OpenTriagedCaseAsync();
        var line = new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 1m, "USD", Day, "Receipt");

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(line)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(new ListSanctionEntries(referred.CaseId))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Cases.CustomsInvestigator, m => m.Send(line)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Officer, m => m.Send(line with { CaseId = unreferred.Id })));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Officer, m => m.Send(new ListSanctionEntries(unreferred.Id))));
        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.SanctionEntries.CountAsync()));
    }

    private static async Task AssertRefusedAsync(RewardsWorld world, string key, RecordSanctionEntry line)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Officer, m => m.Send(line)));
        Assert.Equal(key, Assert.Single(refusal.Problems).MessageKey);
    }
}
