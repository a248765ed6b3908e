namespace TipLine.Domain.Rewards;

/// <summary>
/// One line of a case's append-only sanctions ledger: amount, ISO 4217 currency, the day it happened and the
/// authority's reference (court order, receipt, forfeiture decree). Never edited: a mistake is corrected by a new
/// line with <see cref="CorrectsEntryId"/> set and a signed amount (negative to take money back out).
/// </summary>
public sealed class SanctionEntry
{
    public const int MaximumReferenceLength = 200;

    private SanctionEntry()
    {
        Currency = string.Empty;
        Reference = string.Empty;
    }

    public SanctionEntry(
        Guid id,
        Guid caseId,
        int sequence,
        SanctionEntryKind kind,
        decimal amount,
        string currency,
        DateOnly occurredOn,
        string reference,
        Guid? correctsEntryId,
        Guid recordedByUserId,
        DateOnly recordedOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        var code = CurrencyCodes.Normalise(currency) ?? throw new ArgumentException($"'{currency}' is not an ISO 4217 code.", nameof(currency));
        if (!CurrencyCodes.FitsMinorUnit(amount, code))
        {
            throw new ArgumentException($"{amount} has more decimals than {code} allows.", nameof(amount));
        }

        if (correctsEntryId is null ? amount <= 0m : amount == 0m)
        {
            throw new ArgumentException("An entry records a positive amount; a correction a non-zero one.", nameof(amount));
        }

        Id = id;
        CaseId = caseId;
        Sequence = sequence;
        Kind = kind;
        Amount = amount;
        Currency = code;
        OccurredOn = occurredOn;
        Reference = reference?.Trim() ?? string.Empty;
        CorrectsEntryId = correctsEntryId;
        RecordedByUserId = recordedByUserId;
        RecordedOn = recordedOn;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>Order within the case's ledger (1, 2, …).</summary>
    public int Sequence { get; private set; }

    public SanctionEntryKind Kind { get; private set; }

    /// <summary>Positive for a new entry; signed for a correction.</summary>
    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The day the sanction was imposed or the money collected, as the authority's record says.</summary>
    public DateOnly OccurredOn { get; private set; }

    public string Reference { get; private set; }

    /// <summary>The entry this one corrects (same kind and currency), or null.</summary>
    public Guid? CorrectsEntryId { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    /// <summary>Counts toward what an award is paid from.</summary>
    public bool IsMoneyIn => Kind is SanctionEntryKind.Collected or SanctionEntryKind.ForfeitureProceeds;
}
