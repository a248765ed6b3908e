using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Routing;
using TipLine.Crypto.Age;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.ReadCase;

/// <summary>A handful of queries by key whatever the number of cases: the case, its tips, wraps, notes, routings, notices.</summary>
public sealed class ReadCaseHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys) : IQueryHandler<ReadCase, CaseDetails>
{
    public async ValueTask<CaseDetails> Handle(ReadCase query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var userId = actor.RequireUser();
        var @case = await database.Cases.VisibleTo(database, organisationId).AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == query.CaseId, cancellationToken).ConfigureAwait(false)
            ?? throw new Errors.NotFoundException("case");

        var tips = await database.Tips.VisibleTo(database, organisationId).AsNoTracking()
            .Where(t => t.CaseId == @case.Id)
            .OrderBy(t => t.ReceivedOn).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id,
                t.ReceivedOn,
                t.AcknowledgedOn,
                t.FeedbackGivenOn,
                Readable = database.TipKeyWraps.Any(w => w.TipId == t.Id && w.StaffUserId == userId),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var caseTips = tips
            .Select(t => new CaseTip(
                t.Id,
                t.ReceivedOn,
                Domain.Tips.Tip.AcknowledgementDeadline(t.ReceivedOn),
                t.AcknowledgedOn,
                Domain.Tips.Tip.FeedbackDeadline(t.ReceivedOn, t.AcknowledgedOn),
                t.FeedbackGivenOn,
                t.Readable))
            .ToList();

        var notes = await ReadNotesAsync(@case.Id, caseTips.Where(t => t.Readable).Select(t => t.Id).ToList(), cancellationToken).ConfigureAwait(false);

        var routings = await (
                from r in database.CaseRoutings
                join o in database.Organisations on r.OrganisationId equals o.Id
                where r.CaseId == @case.Id
                orderby o.Name
                select new CaseRoutingSummary(o.Id, o.Name, o.Type, r.RoutedOn))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var notices = await (
                from n in database.TakedownNotices
                join o in database.Organisations on n.PlatformOrganisationId equals o.Id
                where n.CaseId == @case.Id
                orderby n.IssuedOn descending
                select new IssuedTakedownNotice(n.Id, o.Name, n.IssuedOn, n.ActedOnOn))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var assigned = await database.StaffUsers
            .Where(u => u.Id == @case.AssignedToUserId)
            .Select(u => new CaseMember(u.Id, u.DisplayName))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var ownerName = await database.Organisations.Where(o => o.Id == @case.OrganisationId).Select(o => o.Name)
            .SingleAsync(cancellationToken).ConfigureAwait(false);

        var available = CaseWorkflow.AvailableTo(@case, organisationId, actor.Roles);
        var ownerChoices = available.Contains(CaseAction.Route) || available.Contains(CaseAction.Assign)
            ? await OwnerChoicesAsync(@case, routings, cancellationToken).ConfigureAwait(false)
            : null;

        return new CaseDetails(
            @case.Id,
            @case.Reference,
            @case.Status,
            @case.Outcome,
            @case.Taxon,
            @case.CitesAppendix,
            @case.Platform,
            CountryList.Split(@case.Countries),
            @case.ShipmentMethod,
            @case.Urgency,
            @case.OpenedOn,
            @case.ClosedOn,
            @case.IsDestroyed,
            ownerName,
            CaseWorkflow.RelationOf(@case, organisationId),
            assigned,
            caseTips,
            notes,
            routings,
            notices,
            available,
            ownerChoices);
    }

    private async Task<CaseOwnerChoices> OwnerChoicesAsync(Case @case, IReadOnlyList<CaseRoutingSummary> routings, CancellationToken cancellationToken)
    {
        var investigators = await database.EnabledWithAnyRoleAsync([@case.OrganisationId], StaffRoles.IntakeInvestigator, cancellationToken)
            .ConfigureAwait(false);
        var assignees = investigators
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .Select(u => new CaseMember(u.Id, u.DisplayName))
            .ToList();
        var suggestions = await RoutingSuggestions.ForCaseAsync(database, @case, cancellationToken).ConfigureAwait(false);
        var organisations = await database.Organisations.AsNoTracking()
            .Where(o => o.Id != @case.OrganisationId)
            .Select(o => new OrganisationChoice(o.Id, o.Name, o.Type))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var routed = routings.Select(r => r.OrganisationId).ToHashSet();
        var byName = organisations.OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();
        return new CaseOwnerChoices(
            suggestions,
            assignees,
            byName.Where(o => o.Type != OrganisationType.OnlinePlatform && !routed.Contains(o.Id)).ToList(),
            byName.Where(o => o.Type == OrganisationType.OnlinePlatform).ToList());
    }

    private async Task<IReadOnlyList<CaseNoteText>> ReadNotesAsync(Guid caseId, IReadOnlyList<Guid> readableTipIds, CancellationToken cancellationToken)
    {
        var notes = await (
                from n in database.CaseNotes
                join u in database.StaffUsers on n.AuthorUserId equals u.Id
                where n.CaseId == caseId
                orderby n.WrittenOn, n.Id
                select new { n.Id, n.WrittenOn, u.DisplayName, n.Ciphertext })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (notes.Count == 0)
        {
            return [];
        }

        var opened = await tipKeys.OpenReadableAsync(readableTipIds, cancellationToken).ConfigureAwait(false);
        try
        {
            // Oldest tip first: every note since the case opened was sealed to it, so it usually opens on the first try.
            IReadOnlyList<IAgeIdentity> keys = readableTipIds.Where(opened.ContainsKey).Select(id => (IAgeIdentity)opened[id]).ToList();
            return notes.Select(n => new CaseNoteText(n.Id, n.WrittenOn, n.DisplayName, keys.Count == 0 ? null : Open(n.Ciphertext, keys))).ToList();
        }
        finally
        {
            foreach (var key in opened.Values)
            {
                key.Dispose();
            }
        }
    }

    private static string? Open(byte[] ciphertext, IReadOnlyList<IAgeIdentity> keys)
    {
        try
        {
            var plaintext = TipSealing.OpenWithAnyKey(ciphertext, keys);
            try
            {
                return Encoding.UTF8.GetString(plaintext);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
        catch (AgeException ex) when (ex.Error == AgeError.NoMatchingIdentity)
        {
            return null;
        }
    }
}
