using Microsoft.EntityFrameworkCore;
using TipLine.Domain.Tips;

namespace TipLine.Application.Deadlines;

/// <summary>
/// Finds unmet deadlines, for the reminder sweep (every tip) and for the "due" list (the tips an organisation sees).
/// A closed or destroyed tip has no deadline left. Only the day columns are read, never a tip's ciphertext.
/// </summary>
public static class OpenDeadlines
{
    /// <summary>Unmet deadlines of <paramref name="tips"/> falling on or before <paramref name="horizon"/> (overdue ones included), earliest first.</summary>
    public static async Task<IReadOnlyList<OpenDeadline>> DueByAsync(IQueryable<Tip> tips, DateOnly horizon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tips);

        // The feedback deadline is computed (months from the acknowledgement), so the day filter runs here, on the few
        // columns of tips with something still unmet.
        var candidates = await tips
            .Where(t => t.Status != TipStatus.Closed && t.Status != TipStatus.Destroyed
                && (t.AcknowledgedOn == null || t.FeedbackGivenOn == null))
            .Select(t => new { t.Id, t.ChannelId, t.CaseId, t.ReceivedOn, t.AcknowledgedOn, t.FeedbackGivenOn })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var deadlines = new List<OpenDeadline>();
        foreach (var tip in candidates)
        {
            if (tip.AcknowledgedOn is null)
            {
                deadlines.Add(new(tip.Id, tip.ChannelId, tip.CaseId, tip.ReceivedOn, DeadlineKind.Acknowledgement, Tip.AcknowledgementDeadline(tip.ReceivedOn)));
            }

            if (tip.FeedbackGivenOn is null)
            {
                deadlines.Add(new(tip.Id, tip.ChannelId, tip.CaseId, tip.ReceivedOn, DeadlineKind.Feedback, Tip.FeedbackDeadline(tip.ReceivedOn, tip.AcknowledgedOn)));
            }
        }

        return deadlines
            .Where(d => d.DueOn <= horizon)
            .OrderBy(d => d.DueOn)
            .ThenBy(d => d.Kind)
            .ThenBy(d => d.TipId)
            .ToList();
    }
}
