using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Statistics.ComputeStatistics;

/// <summary>
/// Case counts of the actor's organisation (cases it owns or that are routed to it) by the month or year they were
/// opened, per channel, status, outcome, platform, taxon, CITES appendix, country and shipment method, with small cells
/// suppressed here so that no page or export can show a raw count below 5 (ADR 0020). The period defaults to the
/// current year; it is widened to whole months (or years), and suppression is decided over whole years whatever the
/// period, so two overlapping requests cannot be subtracted to reveal what either withholds.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Administrator, StaffRoles.Auditor)]
public sealed record ComputeStatistics(DateOnly? From = null, DateOnly? To = null, StatisticsGrouping Grouping = StatisticsGrouping.Year)
    : IQuery<StatisticsReport>
{
    /// <summary>At most this many calendar years per request, so a request stays a few thousand cells.</summary>
    public const int MaximumYears = 10;
}

public enum StatisticsGrouping
{
    Month = 1,
    Year = 2,
}
