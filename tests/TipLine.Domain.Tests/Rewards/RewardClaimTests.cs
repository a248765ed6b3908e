using TipLine.Domain.Rewards;

namespace TipLine.Domain.Tests.Rewards;

/// <summary>The claim's state machine and the four-eyes guard, step by step (the money rules are in AwardLedgerPropertyTests).</summary>
public sealed class RewardClaimTests
{
    private static readonly DateOnly Day = new(2027, 3, 1);
    private static readonly Guid OfficerA = Guid.NewGuid();
    private static readonly Guid OfficerB = Guid.NewGuid();

    private static RewardProgramme Programme() => new(Guid.NewGuid(), Guid.NewGuid(), new RewardProgrammeTerms(
        "Wildlife rewards", "16 U.S.C. 3375(d)", "us", 10m, 30m, 1_000_000m, 5_000_000m, "usd", 90, 30, 60,
        "Officials acting in their duties", [RewardFactor.Timeliness, RewardFactor.Significance], AllowsAnonymousClaims: true), Day);

    private static RewardClaim Claim(RewardProgramme programme) =>
        new(Guid.NewGuid(), Guid.NewGuid(), programme.Id, Guid.NewGuid(), Guid.NewGuid(), ClaimantKind.Represented, [1], Day);

    private static AwardProposal Approved(RewardClaim claim, RewardProgramme programme, DeterminationStage stage, decimal? percent, DateOnly day)
    {
        claim.Propose(stage, day);
        var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, percent, [2], OfficerA, day);
        proposal.Approve(OfficerB, day);
        claim.ApplyApproved(proposal, programme, day);
        return proposal;
    }

    [Fact]
    public void Programme_terms_are_normalised_and_factors_kept_in_order()
    {
        var programme = Programme();

        Assert.Equal(("US", "USD"), (programme.Jurisdiction, programme.Currency));
        Assert.Equal([RewardFactor.Significance, RewardFactor.Timeliness], programme.FactorList);
        Assert.True(programme.IsInBand(10m));
        Assert.True(programme.IsInBand(17.25m));
        Assert.False(programme.IsInBand(9.99m));
        Assert.False(programme.IsInBand(30.01m));
        Assert.False(programme.IsInBand(12.345m));
    }

    [Fact]
    public void Terms_report_every_broken_rule_with_its_field()
    {
        var terms = new RewardProgrammeTerms("", " ", "FRA", 40m, 30m, -1m, 0m, "XYZ", 0, 30, 99_999, null, [], false);

        Assert.Equal(
            ["Name", "LegalBasis", "Jurisdiction", "Currency", "MinimumPercent", "MinimumCollected", "Cap", "ClaimWindowDays", "Factors"],
            terms.Problems().Select(p => p.Field));
        Assert.Throws<ArgumentException>(() => new RewardProgramme(Guid.NewGuid(), Guid.NewGuid(), terms, Day));
    }

    [Fact]
    public void The_proposer_can_neither_approve_nor_return_their_own_proposal()
    {
        var proposal = new AwardProposal(Guid.NewGuid(), Guid.NewGuid(), DeterminationStage.Preliminary, 20m, [1], OfficerA, Day);

        Assert.Throws<FourEyesViolationException>(() => proposal.Approve(OfficerA, Day));
        Assert.Throws<FourEyesViolationException>(() => proposal.Return(OfficerA, Day, null));
        Assert.Equal(ProposalState.Pending, proposal.State);

        proposal.Return(OfficerB, Day, [9]);
        Assert.Equal((ProposalState.Returned, (Guid?)OfficerB), (proposal.State, proposal.DecidedByUserId));
        Assert.Throws<InvalidOperationException>(() => proposal.Approve(OfficerB, Day));
    }

    [Fact]
    public void Preliminary_then_contest_window_then_final_then_appeal()
    {
        var programme = Programme();
        var claim = Claim(programme);
        Approved(claim, programme, DeterminationStage.Preliminary, 20m, Day);

        Assert.Equal((ClaimStatus.Preliminary, (decimal?)20m, (DateOnly?)Day.AddDays(30)), (claim.Status, claim.AwardPercent, claim.ContestDeadline));
        Assert.False(claim.IsPayable);
        Assert.False(claim.MayProposeFinalOn(Day.AddDays(30)));
        Assert.Throws<InvalidOperationException>(() => claim.Propose(DeterminationStage.Final, Day.AddDays(30)));
        Assert.True(claim.MayContestOn(Day.AddDays(30)));
        Assert.False(claim.MayContestOn(Day.AddDays(31)));
        Assert.True(claim.MayProposeFinalOn(Day.AddDays(31)));

        Approved(claim, programme, DeterminationStage.Final, 25m, Day.AddDays(31));
        Assert.Equal((ClaimStatus.Final, (decimal?)25m, (DateOnly?)Day.AddDays(91)), (claim.Status, claim.AwardPercent, claim.AppealDeadline));
        Assert.True(claim.IsPayable);

        Assert.Throws<InvalidOperationException>(() => claim.RecordAppeal("CA-1", Day.AddDays(92)));
        claim.RecordAppeal("CA-1", Day.AddDays(91));
        Assert.False(claim.IsPayable);
        Assert.Throws<InvalidOperationException>(() => claim.RecordAppeal("CA-2", Day.AddDays(91)));
        Assert.Throws<InvalidOperationException>(() => claim.RecordAppealDecision(31m, programme, Day.AddDays(120)));

        claim.RecordAppealDecision(30m, programme, Day.AddDays(120));
        Assert.Equal((ClaimStatus.Final, (decimal?)30m, true), (claim.Status, claim.AwardPercent, claim.IsPayable));
    }

    [Fact]
    public void A_contest_opens_the_final_determination_at_once_and_happens_once()
    {
        var programme = Programme();
        var claim = Claim(programme);
        Approved(claim, programme, DeterminationStage.Preliminary, null, Day);

        claim.Contest([7], Day.AddDays(3));

        Assert.True(claim.MayProposeFinalOn(Day.AddDays(3)));
        Assert.Throws<InvalidOperationException>(() => claim.Contest([8], Day.AddDays(4)));
        Approved(claim, programme, DeterminationStage.Final, null, Day.AddDays(5));
        Assert.Equal((ClaimStatus.Final, (decimal?)null, false), (claim.Status, claim.AwardPercent, claim.IsPayable));
    }

    [Fact]
    public void Accepting_the_preliminary_determination_opens_the_final_at_once_and_ends_the_right_to_contest()
    {
        var programme = Programme();
        var claim = Claim(programme);
        Assert.Throws<InvalidOperationException>(() => claim.WaiveContest(Day));
        Approved(claim, programme, DeterminationStage.Preliminary, 20m, Day);
        Assert.False(claim.MayProposeFinalOn(Day.AddDays(1)));

        claim.WaiveContest(Day.AddDays(1));

        Assert.Equal((DateOnly?)Day.AddDays(1), claim.ContestWaivedOn);
        Assert.True(claim.MayProposeFinalOn(Day.AddDays(1)));
        Assert.False(claim.MayContestOn(Day.AddDays(1)));
        Assert.Throws<InvalidOperationException>(() => claim.Contest([1], Day.AddDays(1)));
        Assert.Throws<InvalidOperationException>(() => claim.WaiveContest(Day.AddDays(1)));
    }

    [Fact]
    public void A_returned_proposal_steps_back_and_an_out_of_band_award_is_never_applied()
    {
        var programme = Programme();
        var claim = Claim(programme);
        claim.Propose(DeterminationStage.Preliminary, Day);
        var returned = new AwardProposal(Guid.NewGuid(), claim.Id, DeterminationStage.Preliminary, 20m, [1], OfficerA, Day);
        returned.Return(OfficerB, Day, null);
        claim.ApplyReturned(returned);
        Assert.Equal(ClaimStatus.Filed, claim.Status);

        claim.Propose(DeterminationStage.Preliminary, Day);
        var outOfBand = new AwardProposal(Guid.NewGuid(), claim.Id, DeterminationStage.Preliminary, 45m, [1], OfficerA, Day);
        outOfBand.Approve(OfficerB, Day);
        Assert.Throws<InvalidOperationException>(() => claim.ApplyApproved(outOfBand, programme, Day));
        Assert.Equal((ClaimStatus.PreliminaryProposed, (decimal?)null), (claim.Status, claim.AwardPercent));
    }

    [Fact]
    public void Sanction_corrections_name_an_original_of_the_same_currency_and_never_go_below_zero()
    {
        var caseId = Guid.NewGuid();
        var fine = new SanctionEntry(Guid.NewGuid(), caseId, 1, SanctionEntryKind.Collected, 500m, "EUR", Day, "R-1", null, OfficerA, Day);
        var correction = new SanctionEntry(Guid.NewGuid(), caseId, 2, SanctionEntryKind.Collected, -200m, "EUR", Day, "R-1 fix", fine.Id, OfficerA, Day);
        var ledger = new SanctionLedger([correction, fine]);

        Assert.Equal(300m, ledger.CollectedIn("EUR"));
        Assert.Equal(3, ledger.NextSequence);
        Assert.Null(ledger.RefuseCorrection(fine.Id, -300m, "eur"));
        Assert.Equal(LedgerRefusals.CorrectionBelowZero, ledger.RefuseCorrection(fine.Id, -300.01m, "EUR"));
        Assert.Equal(LedgerRefusals.CorrectionOfCorrection, ledger.RefuseCorrection(correction.Id, 10m, "EUR"));
        Assert.Equal(LedgerRefusals.CorrectionCurrency, ledger.RefuseCorrection(fine.Id, 10m, "USD"));
        Assert.Equal(LedgerRefusals.UnknownSanctionEntry, ledger.RefuseCorrection(Guid.NewGuid(), 10m, "EUR"));
        Assert.Throws<ArgumentException>(() => new SanctionEntry(Guid.NewGuid(), caseId, 3, SanctionEntryKind.Collected, 1.001m, "EUR", Day, "x", null, OfficerA, Day));
        Assert.Throws<ArgumentException>(() => new SanctionEntry(Guid.NewGuid(), caseId, 3, SanctionEntryKind.Collected, -1m, "EUR", Day, "x", null, OfficerA, Day));
    }
}
