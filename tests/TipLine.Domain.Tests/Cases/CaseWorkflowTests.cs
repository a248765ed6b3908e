using TipLine.Domain.Cases;

namespace TipLine.Domain.Tests.Cases;

public sealed class CaseWorkflowTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public void A_case_follows_the_workflow_from_new_to_prosecution_and_closes_with_an_outcome()
    {
        var @case = new Case(Guid.NewGuid(), Guid.NewGuid(), "TL-2026-00001", Day);

        @case.Triage("Testudinidae", CitesAppendix.II, "social network", "FR,GA", "postal parcel", Urgency.High);
        @case.MoveTo(CaseStatus.Routed);
        @case.MoveTo(CaseStatus.UnderInvestigation);
        @case.MoveTo(CaseStatus.Prosecution);
        @case.Close(CaseOutcome.Convicted, Day.AddMonths(5));

        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(CaseOutcome.Convicted, @case.Outcome);
        Assert.Equal(Day.AddMonths(5), @case.ClosedOn);
    }

    [Theory]
    [InlineData(CaseStatus.New, CaseStatus.Routed)]
    [InlineData(CaseStatus.New, CaseStatus.Prosecution)]
    [InlineData(CaseStatus.Triaged, CaseStatus.UnderInvestigation)]
    [InlineData(CaseStatus.UnderInvestigation, CaseStatus.Triaged)]
    public void A_case_cannot_skip_or_reverse_steps_of_the_workflow(CaseStatus from, CaseStatus to)
    {
        Assert.False(CaseTransitions.IsAllowed(from, to));
    }

    [Fact]
    public void A_routed_case_can_return_to_triage_when_routing_is_withdrawn()
    {
        Assert.True(CaseTransitions.IsAllowed(CaseStatus.Routed, CaseStatus.Triaged));
    }

    [Fact]
    public void A_closed_case_cannot_change_any_more()
    {
        var @case = new Case(Guid.NewGuid(), Guid.NewGuid(), "TL-2026-00002", Day);
        @case.Close(CaseOutcome.Unfounded, Day);

        Assert.Throws<InvalidOperationException>(() => @case.MoveTo(CaseStatus.Triaged));
        Assert.Throws<InvalidOperationException>(() => @case.Close(CaseOutcome.Convicted, Day));
        Assert.Throws<InvalidOperationException>(() => @case.Assign(Guid.NewGuid()));
        Assert.Equal(CaseOutcome.Unfounded, @case.Outcome);
    }

    [Fact]
    public void Closing_goes_through_Close_so_an_outcome_is_always_recorded()
    {
        var @case = new Case(Guid.NewGuid(), Guid.NewGuid(), "TL-2026-00003", Day);

        Assert.Throws<InvalidOperationException>(() => @case.MoveTo(CaseStatus.Closed));
        Assert.Equal(CaseStatus.New, @case.Status);
    }
}
