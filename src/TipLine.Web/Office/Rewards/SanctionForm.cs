using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TipLine.Application.Rewards.Sanctions.RecordSanctionEntry;
using TipLine.Domain.Rewards;
using TipLine.Web.Resources;

namespace TipLine.Web.Office.Rewards;

/// <summary>The record-a-line form of a sanctions ledger (case page and referral page): a new line, or a correction of one.</summary>
public sealed class SanctionForm
{
    public SanctionEntryKind Kind { get; set; } = SanctionEntryKind.Collected;

    public string? Amount { get; set; }

    public string? Currency { get; set; }

    public string? OccurredOn { get; set; }

    public string? Reference { get; set; }

    /// <summary>The line corrected, or none for a new line.</summary>
    public Guid? CorrectsEntryId { get; set; }

    /// <summary>The request, or null with the unreadable fields marked in <paramref name="modelState"/>.</summary>
    internal RecordSanctionEntry? ToRequest(Guid caseId, ModelStateDictionary modelState, IStringLocalizer<RewardsResource> text)
    {
        var amountOk = RewardsText.TryParseAmount(Amount, out var amount);
        var dayOk = RewardsText.TryParseDay(OccurredOn, out var day);
        if (!amountOk)
        {
            modelState.AddModelError("sanction.Amount", text[RewardsText.NumberInvalid]);
        }

        if (!dayOk)
        {
            modelState.AddModelError("sanction.OccurredOn", text[RewardsText.DayInvalid]);
        }

        return amountOk && dayOk
            ? new RecordSanctionEntry(caseId, Kind, amount, Currency ?? string.Empty, day, Reference ?? string.Empty, CorrectsEntryId)
            : null;
    }
}
