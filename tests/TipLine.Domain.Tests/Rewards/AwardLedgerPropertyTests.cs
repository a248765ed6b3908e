using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TipLine.Domain.Rewards;

namespace TipLine.Domain.Tests.Rewards;

/// <summary>
/// The ledger's money rules under arbitrary programmes and arbitrary sequences of collections, corrections,
/// determinations, payments and reversals, applied the way the application applies them (Refuse… first, then the
/// change). After every step the figures are checked against an independent model and against a ledger rebuilt from
/// the rows the application would have stored.
/// </summary>
public sealed class AwardLedgerPropertyTests
{
    [Property(MaxTest = 500, Arbitrary = [typeof(LedgerArbitraries)])]
    public void Paid_never_exceeds_the_entitlement_and_the_ledger_sums_agree(LedgerScenario scenario)
    {
        var run = new LedgerRun(scenario.Programme);
        foreach (var operation in scenario.Operations)
        {
            run.Apply(operation);
            run.CheckInvariants();
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(LedgerArbitraries)])]
    public void The_sanctions_ledger_never_takes_a_line_below_zero_and_its_totals_are_the_sum_of_its_lines(LedgerScenario scenario)
    {
        var run = new LedgerRun(scenario.Programme);
        foreach (var operation in scenario.Operations.Where(o => o is Collect or Correct))
        {
            run.Apply(operation);
            run.CheckSanctions();
        }
    }

    [Fact]
    public void The_generated_scenarios_reach_every_path()
    {
        // A property that never pays, never reverses or never refuses proves little: make sure the generator gets there.
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var scenario in LedgerArbitraries.Scenarios.Sample(300, 60))
        {
            var run = new LedgerRun(scenario.Programme);
            foreach (var operation in scenario.Operations)
            {
                var outcome = run.Apply(operation);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        string[] expected =
        [
            "Collect:accepted", "Correct:accepted", "Correct:" + LedgerRefusals.CorrectionBelowZero, "Correct:" + LedgerRefusals.CorrectionCurrency,
            "Correct:" + LedgerRefusals.CollectionWouldOverpay, "Determine:accepted", "Determine:" + LedgerRefusals.AwardWouldOverpay,
            "Pay:accepted", "Pay:" + LedgerRefusals.NotPayable, "Pay:" + LedgerRefusals.WrongCurrency, "Pay:" + LedgerRefusals.AmountInvalid,
            "Pay:" + LedgerRefusals.ExceedsOutstanding, "Reverse:accepted", "Reverse:" + LedgerRefusals.UnknownPayment,
            "Reverse:" + LedgerRefusals.AlreadyReversed,
        ];
        Assert.All(expected, path => Assert.True(outcomes.GetValueOrDefault(path) > 0, $"{path} never happened: {string.Join(", ", outcomes)}"));
    }
}

public sealed record ProgrammeSpec(string Currency, decimal MinimumPercent, decimal MaximumPercent, decimal MinimumCollected, decimal? Cap);

public sealed record LedgerScenario(ProgrammeSpec Programme, IReadOnlyList<LedgerOperation> Operations)
{
    public override string ToString() => $"{Programme}: [{string.Join("; ", Operations)}]";
}

public abstract record LedgerOperation;

/// <summary>A new line of the sanctions ledger; money in the programme's currency unless <paramref name="OtherCurrency"/>.</summary>
public sealed record Collect(SanctionEntryKind Kind, int MinorUnits, bool OtherCurrency) : LedgerOperation;

/// <summary>A correction of original line number <paramref name="Line"/> by −<paramref name="PercentOfNet"/> % of what it now holds.</summary>
public sealed record Correct(int Line, int PercentOfNet, bool WrongCurrency) : LedgerOperation;

/// <summary>An approved determination at <paramref name="BandPoint"/> % of the way through the band, or no award.</summary>
public sealed record Determine(int BandPoint, bool NoAward, bool Payable) : LedgerOperation;

public enum PayShape
{
    ShareOfOutstanding,
    AllOutstanding,
    OverOutstanding,
    Absolute,
    TooManyDecimals,
    WrongCurrency,
    NotPositive,
}

public sealed record Pay(PayShape Shape, int Value) : LedgerOperation;

public enum ReversalTarget
{
    Payment,
    Unknown,
    Reversed,
}

public sealed record Reverse(ReversalTarget Target, int Index) : LedgerOperation;

public static class LedgerArbitraries
{
    private static readonly string[] Currencies = ["EUR", "JPY", "KWD", "USD"];

    public static Gen<LedgerScenario> Scenarios =>
        from programme in Programmes
        from operations in Gen.ListOf(Operations)
        select new LedgerScenario(programme, operations.ToList());

    public static Arbitrary<LedgerScenario> Scenario() =>
        Arb.From(Scenarios, scenario => Shrink(scenario));

    private static Gen<ProgrammeSpec> Programmes =>
        from currency in Gen.Elements(Currencies)
        from minimumHundredths in Gen.Choose(1, 3000)
        from widthHundredths in Gen.Choose(0, 7000)
        from minimumUnits in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 400_000)))
        from capUnits in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 100_000)))
        select new ProgrammeSpec(
            currency,
            minimumHundredths / 100m,
            Math.Min(100m, (minimumHundredths + widthHundredths) / 100m),
            Money.FromMinor(minimumUnits, currency),
            capUnits == 0 ? null : Money.FromMinor(capUnits, currency));

    private static Gen<LedgerOperation> Operations =>
        Gen.Frequency(
            (5, from kind in Gen.Elements(SanctionEntryKind.Collected, SanctionEntryKind.ForfeitureProceeds, SanctionEntryKind.Imposed)
                from units in Gen.Choose(1, 500_000)
                from other in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
                select (LedgerOperation)new Collect(kind, units, other)),
            (3, from line in Gen.Choose(0, 20)
                from percent in Gen.Choose(-50, 150)
                from wrong in Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true)))
                select (LedgerOperation)new Correct(line, percent, wrong)),
            (2, from point in Gen.Choose(0, 100)
                from none in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
                from payable in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
                select (LedgerOperation)new Determine(point, none, payable)),
            (5, from shape in Gen.Elements(Enum.GetValues<PayShape>())
                from value in Gen.Choose(1, 200_000)
                select (LedgerOperation)new Pay(shape, value)),
            (2, from target in Gen.Frequency((4, Gen.Constant(ReversalTarget.Payment)), (1, Gen.Constant(ReversalTarget.Unknown)), (1, Gen.Constant(ReversalTarget.Reversed)))
                from index in Gen.Choose(0, 20)
                select (LedgerOperation)new Reverse(target, index)));

    // Shorter sequences first (halves, then one operation fewer), so a failure is reported with the fewest steps.
    private static IEnumerable<LedgerScenario> Shrink(LedgerScenario scenario)
    {
        var operations = scenario.Operations;
        if (operations.Count > 1)
        {
            yield return scenario with { Operations = operations.Take(operations.Count / 2).ToList() };
            yield return scenario with { Operations = operations.Skip(operations.Count / 2).ToList() };
        }

        for (var i = 0; i < operations.Count; i++)
        {
            yield return scenario with { Operations = operations.Where((_, index) => index != i).ToList() };
        }
    }
}

internal static class Money
{
    public static decimal MinorUnit(string currency) => CurrencyCodes.MinorUnits(currency) switch
    {
        0 => 1m,
        2 => 0.01m,
        3 => 0.001m,
        var units => throw new ArgumentOutOfRangeException(nameof(currency), units, "Unexpected minor units."),
    };

    public static decimal FromMinor(long units, string currency) => units * MinorUnit(currency);

    /// <summary>Rounded down to whole minor units (amounts here are never negative).</summary>
    public static decimal Floor(decimal amount, string currency) => Math.Floor(amount / MinorUnit(currency)) * MinorUnit(currency);
}

/// <summary>Applies operations as the application would, keeping the rows it would store and an independent model.</summary>
internal sealed class LedgerRun
{
    private static readonly DateOnly Day = new(2025, 3, 1);
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly Guid OfficerA = Guid.NewGuid();
    private static readonly Guid OfficerB = Guid.NewGuid();

    private readonly RewardProgramme programme;
    private readonly AwardLedger ledger;
    private readonly Guid claimId = Guid.NewGuid();
    private readonly List<SanctionEntry> entries = [];
    private readonly List<RewardPayment> rows = [];
    private readonly Dictionary<Guid, decimal> acceptedPayments = [];
    private readonly List<Guid> paymentOrder = [];
    private readonly List<Guid> reversed = [];
    private decimal modelPaid;
    private decimal? modelPercent;
    private bool modelPayable;

    public LedgerRun(ProgrammeSpec spec)
    {
        programme = new RewardProgramme(
            Guid.NewGuid(),
            Guid.NewGuid(),
            new RewardProgrammeTerms(
                "Programme", "Act 1", "US", spec.MinimumPercent, spec.MaximumPercent, spec.MinimumCollected, spec.Cap, spec.Currency,
                90, 30, 30, null, [RewardFactor.Significance], AllowsAnonymousClaims: true),
            Day);
        ledger = new AwardLedger(programme.Currency, programme.MinimumCollected, programme.Cap);
    }

    private string Currency => programme.Currency;

    private string OtherCurrency => Currency == "EUR" ? "USD" : "EUR";

    /// <summary>Applies one operation; returns "Kind:accepted" or "Kind:refusal-key" (or "Kind:skipped").</summary>
    public string Apply(LedgerOperation operation)
    {
        var before = Figures.Of(ledger);
        var (refusal, apply) = operation switch
        {
            Collect collect => Plan(collect),
            Correct correct => Plan(correct),
            Determine determine => Plan(determine),
            Pay pay => Plan(pay),
            Reverse reverse => Plan(reverse),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        var name = operation.GetType().Name;
        if (apply is null)
        {
            return name + ":skipped";
        }

        if (refusal is null)
        {
            apply();
            return name + ":accepted";
        }

        if (refusal.Ledger)
        {
            // The change itself must refuse too, with the same key, whatever the caller forgot to check.
            var thrown = Assert.Throws<LedgerRefusedException>(apply);
            Assert.Equal(refusal.Key, thrown.Message);
        }

        Assert.Equal(before, Figures.Of(ledger));
        return name + ":" + refusal.Key;
    }

    public void CheckInvariants()
    {
        var collected = entries.Where(e => e.IsMoneyIn && e.Currency == Currency).Sum(e => e.Amount);
        Assert.Equal(collected, ledger.Collected);
        Assert.Equal(modelPercent, ledger.AwardPercent);
        Assert.Equal(modelPayable, ledger.IsPayable);
        Assert.Equal(modelPaid, ledger.Paid);
        Assert.True(ledger.Paid >= 0m, $"Paid {ledger.Paid} is negative.");

        var share = collected < programme.MinimumCollected || modelPercent is not { } percent
            ? 0m
            : Money.Floor(collected * percent / 100m, Currency);
        var entitlement = programme.Cap is { } cap ? Math.Min(cap, share) : share;
        Assert.Equal(entitlement, ledger.Entitlement);
        Assert.True(ledger.Paid <= entitlement, $"Paid {ledger.Paid} exceeds the entitlement {entitlement}.");
        if (programme.Cap is { } limit)
        {
            Assert.True(ledger.Paid <= limit, $"Paid {ledger.Paid} exceeds the cap {limit}.");
        }

        if (collected < programme.MinimumCollected)
        {
            Assert.Equal(0m, ledger.Paid);
        }

        Assert.Equal(ledger.Entitlement - ledger.Paid, ledger.Outstanding);
        Assert.True(ledger.Outstanding >= 0m, $"Outstanding {ledger.Outstanding} is negative.");

        // The stored rows, in any order, say the same.
        var rebuilt = AwardLedger.For(programme, ClaimAt(modelPercent, modelPayable), entries.AsEnumerable().Reverse(), rows.AsEnumerable().Reverse());
        Assert.Equal(Figures.Of(ledger), Figures.Of(rebuilt));
        Assert.All(paymentOrder, id => Assert.Equal(ledger.RefuseReversal(id), rebuilt.RefuseReversal(id)));
        CheckSanctions();
    }

    public void CheckSanctions()
    {
        var sanctions = new SanctionLedger(entries);
        foreach (var original in entries.Where(e => e.CorrectsEntryId is null))
        {
            var net = original.Amount + entries.Where(e => e.CorrectsEntryId == original.Id).Sum(e => e.Amount);
            Assert.True(net >= 0m, $"Line {original.Sequence} holds {net}.");
        }

        var expected = entries.GroupBy(e => (e.Kind, e.Currency))
            .Select(g => new SanctionTotal(g.Key.Kind, g.Key.Currency, g.Sum(e => e.Amount)))
            .Where(t => t.Amount != 0m)
            .OrderBy(t => t.Currency, StringComparer.Ordinal).ThenBy(t => t.Kind)
            .ToList();
        Assert.Equal(expected, sanctions.Totals());
        Assert.All(expected, t => Assert.True(t.Amount > 0m));
        Assert.Equal(ledger.Collected, sanctions.CollectedIn(Currency));
        Assert.Equal(entries.Count + 1, sanctions.NextSequence);
    }

    private (Refusal? Refusal, Action? Apply) Plan(Collect collect)
    {
        var currency = collect.OtherCurrency ? OtherCurrency : Currency;
        var amount = Money.FromMinor(collect.MinorUnits, currency);
        var entry = NewEntry(collect.Kind, amount, currency, correcting: null);
        if (!entry.IsMoneyIn)
        {
            return (null, () => entries.Add(entry));
        }

        // Money in never lowers the entitlement, whatever the currency.
        Assert.Null(ledger.RefuseCollectionChange(amount, currency));
        return (null, () =>
        {
            ledger.RecordCollection(amount, currency);
            entries.Add(entry);
        });
    }

    private (Refusal? Refusal, Action? Apply) Plan(Correct correct)
    {
        var originals = entries.Where(e => e.CorrectsEntryId is null).ToList();
        if (originals.Count == 0 || correct.PercentOfNet == 0)
        {
            return (null, null);
        }

        var original = originals[correct.Line % originals.Count];
        var net = original.Amount + entries.Where(e => e.CorrectsEntryId == original.Id).Sum(e => e.Amount);
        var amount = -Money.Floor(net * Math.Abs(correct.PercentOfNet) / 100m, original.Currency) * Math.Sign(correct.PercentOfNet);
        if (amount == 0m)
        {
            amount = -Money.MinorUnit(original.Currency) * Math.Sign(correct.PercentOfNet);
        }

        var currency = correct.WrongCurrency ? (original.Currency == "JPY" ? "KWD" : "JPY") : original.Currency;
        var sanctionRefusal = new SanctionLedger(entries).RefuseCorrection(original.Id, amount, currency);
        if (correct.WrongCurrency)
        {
            Assert.Equal(LedgerRefusals.CorrectionCurrency, sanctionRefusal);
        }
        else
        {
            Assert.Equal(net + amount < 0m ? LedgerRefusals.CorrectionBelowZero : null, sanctionRefusal);
        }

        if (sanctionRefusal is not null)
        {
            return (new Refusal(sanctionRefusal, Ledger: false), () => { });
        }

        var entry = NewEntry(original.Kind, amount, currency, original.Id);
        if (!original.IsMoneyIn)
        {
            return (null, () => entries.Add(entry));
        }

        var ledgerRefusal = ledger.RefuseCollectionChange(amount, currency);
        return (ledgerRefusal is null ? null : new Refusal(ledgerRefusal, Ledger: true), () =>
        {
            ledger.RecordCollection(amount, currency);
            entries.Add(entry);
        });
    }

    private (Refusal? Refusal, Action? Apply) Plan(Determine determine)
    {
        decimal? percent = determine.NoAward
            ? null
            : decimal.Round(programme.MinimumPercent + ((programme.MaximumPercent - programme.MinimumPercent) * determine.BandPoint / 100m), RewardRounding.PercentDecimals, MidpointRounding.ToZero);
        var refusal = ledger.RefuseAward(percent);
        return (refusal is null ? null : new Refusal(refusal, Ledger: true), () =>
        {
            ledger.SetAward(percent, determine.Payable);
            modelPercent = percent;
            modelPayable = determine.Payable && percent is not null;
        });
    }

    private (Refusal? Refusal, Action? Apply) Plan(Pay pay)
    {
        var outstanding = ledger.Outstanding;
        var unit = Money.MinorUnit(Currency);
        var (amount, currency) = pay.Shape switch
        {
            PayShape.ShareOfOutstanding => (Money.Floor(outstanding * (pay.Value % 100 + 1) / 100m, Currency), Currency),
            PayShape.AllOutstanding => (outstanding, Currency),
            PayShape.OverOutstanding => (outstanding + (pay.Value % 1000 + 1) * unit, Currency),
            PayShape.Absolute => (pay.Value * unit, Currency),
            PayShape.TooManyDecimals => ((pay.Value * unit) + (unit / 10m), Currency),
            PayShape.WrongCurrency => (pay.Value * unit, OtherCurrency),
            PayShape.NotPositive => (-(pay.Value % 3) * unit, Currency),
            _ => throw new ArgumentOutOfRangeException(nameof(pay)),
        };
        var refusal = ledger.RefusePayment(amount, currency);
        var expected = !ledger.IsPayable ? LedgerRefusals.NotPayable
            : pay.Shape == PayShape.WrongCurrency ? LedgerRefusals.WrongCurrency
            : amount <= 0m || pay.Shape == PayShape.TooManyDecimals ? LedgerRefusals.AmountInvalid
            : amount > outstanding ? LedgerRefusals.ExceedsOutstanding
            : null;
        Assert.Equal(expected, refusal);
        var id = Guid.NewGuid();
        return (refusal is null ? null : new Refusal(refusal, Ledger: true), () =>
        {
            ledger.Pay(id, amount, currency);
            rows.Add(new RewardPayment(id, claimId, rows.Count + 1, PaymentKind.Payment, amount, currency, Day, "transfer", null, OfficerA, Day));
            acceptedPayments[id] = amount;
            paymentOrder.Add(id);
            modelPaid += amount;
        });
    }

    private (Refusal? Refusal, Action? Apply) Plan(Reverse reverse)
    {
        var (id, expected) = reverse.Target switch
        {
            ReversalTarget.Payment when paymentOrder.Count > 0 => Pick(paymentOrder, reverse.Index),
            ReversalTarget.Reversed when reversed.Count > 0 => (reversed[reverse.Index % reversed.Count], LedgerRefusals.AlreadyReversed),
            _ => (Guid.NewGuid(), LedgerRefusals.UnknownPayment),
        };
        var refusal = ledger.RefuseReversal(id);
        Assert.Equal(expected, refusal);
        return (refusal is null ? null : new Refusal(refusal, Ledger: true), () =>
        {
            var amount = ledger.Reverse(id);
            Assert.Equal(acceptedPayments[id], amount);
            rows.Add(new RewardPayment(Guid.NewGuid(), claimId, rows.Count + 1, PaymentKind.Reversal, amount, Currency, Day, "returned", id, OfficerB, Day));
            reversed.Add(id);
            modelPaid -= amount;
        });
    }

    private (Guid Id, string? Expected) Pick(List<Guid> payments, int index)
    {
        var id = payments[index % payments.Count];
        return (id, reversed.Contains(id) ? LedgerRefusals.AlreadyReversed : null);
    }

    private SanctionEntry NewEntry(SanctionEntryKind kind, decimal amount, string currency, Guid? correcting) =>
        new(Guid.NewGuid(), CaseId, entries.Count + 1, kind, amount, currency, Day, "ref", correcting, OfficerA, Day);

    /// <summary>A stored claim whose determination is <paramref name="percent"/>, payable or not, reached through the claim's own state machine.</summary>
    private RewardClaim ClaimAt(decimal? percent, bool payable)
    {
        var claim = new RewardClaim(claimId, Guid.NewGuid(), programme.Id, CaseId, Guid.NewGuid(), ClaimantKind.Anonymous, [1], Day);
        if (percent is null)
        {
            return claim;
        }

        Determine(claim, DeterminationStage.Preliminary, percent, Day);
        if (payable)
        {
            Determine(claim, DeterminationStage.Final, percent, claim.ContestDeadline!.Value.AddDays(1));
        }

        Assert.Equal(payable, claim.IsPayable);
        return claim;
    }

    private void Determine(RewardClaim claim, DeterminationStage stage, decimal? percent, DateOnly day)
    {
        var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, percent, [1], OfficerA, day);
        claim.Propose(stage, day);
        proposal.Approve(OfficerB, day);
        claim.ApplyApproved(proposal, programme, day);
    }

    private sealed record Refusal(string Key, bool Ledger);

    private sealed record Figures(decimal Collected, decimal? AwardPercent, bool IsPayable, decimal Paid, decimal Entitlement, decimal Outstanding)
    {
        public static Figures Of(AwardLedger ledger) =>
            new(ledger.Collected, ledger.AwardPercent, ledger.IsPayable, ledger.Paid, ledger.Entitlement, ledger.Outstanding);
    }
}
