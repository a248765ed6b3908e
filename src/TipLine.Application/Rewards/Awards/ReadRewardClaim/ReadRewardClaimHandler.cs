using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Rewards.Claims;
using TipLine.Crypto.Age;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.ReadRewardClaim;

public sealed class ReadRewardClaimHandler(ITipLineDatabase database, ICurrentActor actor, IStaffSessionKey sessionKey, TimeProvider clock)
    : IQueryHandler<ReadRewardClaim, RewardClaimView>
{
    public async ValueTask<RewardClaimView> Handle(ReadRewardClaim query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var userId = actor.RequireUser();
        var claim = await database.FindClaimForOfficerAsync(actor, query.ClaimId, cancellationToken).ConfigureAwait(false);
        var programme = await database.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == claim.ProgrammeId, cancellationToken).ConfigureAwait(false);
        var notice = await database.RewardNotices.AsNoTracking().SingleAsync(n => n.Id == claim.NoticeId, cancellationToken).ConfigureAwait(false);
        var caseReference = await database.Cases.Where(c => c.Id == claim.CaseId).Select(c => c.Reference)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var stored = await database.AwardProposals.AsNoTracking().Where(p => p.ClaimId == claim.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Proposals carry days, not times: within a day and stage, a returned one came before its successor and the pending one is last.
        var proposals = stored.OrderBy(p => p.ProposedOn).ThenBy(p => p.Stage).ThenByDescending(p => (int)p.State).ToList();
        var people = proposals.Select(p => p.ProposedByUserId).Concat(proposals.Where(p => p.DecidedByUserId != null).Select(p => p.DecidedByUserId!.Value)).Distinct().ToList();
        var names = await database.StaffUsers.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);
        var ledger = await AwardWorkflow.LedgerAsync(database, programme, claim, cancellationToken).ConfigureAwait(false);
        var payments = await database.RewardPayments.AsNoTracking().Where(p => p.ClaimId == claim.Id).OrderBy(p => p.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        using var key = (actor.Roles & StaffRoles.RewardOfficer) != StaffRoles.None ? sessionKey.Open() : null;
        var pending = proposals.FirstOrDefault(p => p.State == ProposalState.Pending);
        return new RewardClaimView(
            claim.Id,
            new ProgrammeTermsView(
                programme.Id, programme.Name, programme.LegalBasis, programme.Jurisdiction, programme.MinimumPercent, programme.MaximumPercent,
                programme.MinimumCollected, programme.Cap, programme.Currency, programme.ContestWindowDays, programme.AppealWindowDays,
                programme.Exclusions, programme.FactorList),
            claim.CaseId,
            caseReference,
            notice.PostedOn,
            notice.ClaimDeadline,
            claim.Kind,
            claim.Status,
            claim.FiledOn,
            claim.AwardPercent,
            claim.PreliminaryOn,
            claim.ContestDeadline,
            claim.ContestedOn,
            claim.FinalOn,
            claim.AppealDeadline,
            claim.AppealedOn,
            claim.AppealReference,
            claim.AppealDecidedOn,
            Open(claim.Ciphertext, key, (ClaimContent c) => new ClaimContentView(c.Name, c.Contact, c.PayoutDetails, c.Representative, c.Statement)),
            claim.ContestCiphertext is { } contest ? Open(contest, key, (ContestContent c) => c.Statement) : null,
            proposals.Select(p => new ProposalView(
                p.Id,
                p.Stage,
                p.Percent,
                p.State,
                names.GetValueOrDefault(p.ProposedByUserId, string.Empty),
                p.ProposedByUserId,
                p.ProposedOn,
                p.DecidedByUserId is { } decider ? names.GetValueOrDefault(decider, string.Empty) : null,
                p.DecidedOn,
                Open(p.ReasonsCiphertext, key, (DeterminationReasons r) => r.Reasons),
                p.ReturnReasonCiphertext is { } returned ? Open(returned, key, (ReturnReason r) => r.Text) : null)).ToList(),
            new LedgerView(ledger.Currency, ledger.MinimumCollected, ledger.Cap, ledger.Collected, ledger.Entitlement, ledger.Paid, ledger.Outstanding, ledger.IsPayable),
            payments.Select(p => new PaymentView(
                p.Id,
                p.Sequence,
                p.Kind,
                p.Amount,
                p.Currency,
                p.PaidOn,
                p.Reference,
                payments.FirstOrDefault(o => o.Id == p.ReversesPaymentId)?.Sequence,
                payments.Any(r => r.ReversesPaymentId == p.Id),
                p.RecordedOn)).ToList(),
            AwardWorkflow.AvailableTo(claim, pending, ledger, userId, actor.Roles, clock.Today()),
            pending?.ProposedByUserId == userId);
    }

    private static Sealed<TView> Open<TDocument, TView>(byte[] ciphertext, X25519Identity? key, Func<TDocument, TView> view)
        where TDocument : class
        where TView : class
    {
        if (ciphertext.Length == 0)
        {
            return new(SealedState.Shredded, null);
        }

        if (key is null)
        {
            return new(SealedState.NotForRole, null);
        }

        return SealedJson.TryOpen<TDocument>(ciphertext, key) is { } document
            ? new(SealedState.Opened, view(document))
            : new(SealedState.NotSealedToReader, null);
    }
}
