using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Sanctions.RecordSanctionEntry;

public sealed class RecordSanctionEntryHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<RecordSanctionEntry, Guid>
{
    public async ValueTask<Guid> Handle(RecordSanctionEntry command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await SanctionAccess.EnsureAsync(database, actor, command.CaseId, cancellationToken).ConfigureAwait(false);

        // Writers of one ledger (and of the payments it bounds) queue behind the audit-log lock, so the next sequence and
        // the overpayment check both read what the previous writer committed; the unique (case, sequence) index stays
        // as the last line of defence.
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var entries = await database.SanctionEntries.AsNoTracking().Where(e => e.CaseId == command.CaseId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ledger = new SanctionLedger(entries);
        var currency = CurrencyCodes.Normalise(command.Currency)!;
        var kind = command.Kind;
        if (command.CorrectsEntryId is { } corrected)
        {
            if (ledger.RefuseCorrection(corrected, command.Amount, currency) is { } refusal)
            {
                throw CaseWorkflow.Refusal(nameof(RecordSanctionEntry), nameof(command.CorrectsEntryId), refusal);
            }

            kind = ledger.KindOf(corrected);
        }

        var entry = new SanctionEntry(
            Guid.NewGuid(), command.CaseId, ledger.NextSequence, kind, command.Amount, currency, command.OccurredOn,
            command.Reference, command.CorrectsEntryId, actor.RequireUser(), clock.Today());
        if (entry.IsMoneyIn && entry.Amount < 0m)
        {
            await RefuseOverpaymentAsync(entry, entries, cancellationToken).ConfigureAwait(false);
        }

        database.SanctionEntries.Add(entry);
        return entry.Id;
    }

    /// <summary>Taking money back out may not leave any award on the case paid above what it is now entitled to: reverse payments first.</summary>
    private async Task RefuseOverpaymentAsync(SanctionEntry entry, IReadOnlyList<SanctionEntry> entries, CancellationToken cancellationToken)
    {
        var claims = await (
                from c in database.RewardClaims.AsNoTracking()
                join p in database.RewardProgrammes.AsNoTracking() on c.ProgrammeId equals p.Id
                where c.CaseId == entry.CaseId && p.Currency == entry.Currency
                select new { Claim = c, Programme = p })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (claims.Count == 0)
        {
            return;
        }

        var claimIds = claims.Select(c => c.Claim.Id).ToList();
        var payments = await database.RewardPayments.AsNoTracking().Where(p => claimIds.Contains(p.ClaimId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var claim in claims)
        {
            var award = AwardLedger.For(claim.Programme, claim.Claim, entries, payments.Where(p => p.ClaimId == claim.Claim.Id));
            if (award.RefuseCollectionChange(entry.Amount, entry.Currency) is { } refusal)
            {
                throw CaseWorkflow.Refusal(nameof(RecordSanctionEntry), nameof(RecordSanctionEntry.Amount), refusal);
            }
        }
    }
}
