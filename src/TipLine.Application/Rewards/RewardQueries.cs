using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards;

/// <summary>
/// The one place that says what reward officers see: the programmes their organisation runs, and the referrals,
/// notices, claims and payments under them. Reward officers never see a case through <see cref="Visibility"/>: a
/// referral shows them the case's reference, triage metadata and sanctions, never its tips, notes or messages.
/// </summary>
public static class RewardQueries
{
    public static IQueryable<RewardProgramme> ProgrammesRunBy(this ITipLineDatabase database, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.RewardProgrammes.Where(p => p.OrganisationId == organisationId);
    }

    public static IQueryable<RewardReferral> ReferralsVisibleTo(this ITipLineDatabase database, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.RewardReferrals.Where(r => database.RewardProgrammes.Any(p => p.Id == r.ProgrammeId && p.OrganisationId == organisationId));
    }

    public static IQueryable<RewardClaim> ClaimsVisibleTo(this ITipLineDatabase database, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.RewardClaims.Where(c => database.RewardProgrammes.Any(p => p.Id == c.ProgrammeId && p.OrganisationId == organisationId));
    }

    /// <summary>The programme (tracked) run by the actor's organisation, or "not found".</summary>
    public static async Task<RewardProgramme> FindOwnProgrammeAsync(this ITipLineDatabase database, ICurrentActor actor, Guid programmeId, CancellationToken cancellationToken) =>
        await database.ProgrammesRunBy(actor.RequireOrganisation())
            .SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException("programme");

    /// <summary>The referral (tracked) to one of the actor's organisation's programmes, or "not found".</summary>
    public static async Task<RewardReferral> FindReferralForOfficerAsync(this ITipLineDatabase database, ICurrentActor actor, Guid referralId, CancellationToken cancellationToken) =>
        await database.ReferralsVisibleTo(actor.RequireOrganisation())
            .SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException("referral");

    /// <summary>The claim (tracked) under one of the actor's organisation's programmes, or "not found".</summary>
    public static async Task<RewardClaim> FindClaimForOfficerAsync(this ITipLineDatabase database, ICurrentActor actor, Guid claimId, CancellationToken cancellationToken) =>
        await database.ClaimsVisibleTo(actor.RequireOrganisation())
            .SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException("claim");

    /// <summary>The enabled reward officers of the organisation running a programme: the readers of everything sealed in it.</summary>
    public static Task<IReadOnlyList<StaffUser>> RewardOfficersAsync(this ITipLineDatabase database, Guid programmeOrganisationId, CancellationToken cancellationToken) =>
        database.EnabledWithAnyRoleAsync([programmeOrganisationId], StaffRoles.RewardOfficer, cancellationToken);

    /// <summary>
    /// The age recipients a claim (or a contest) on <paramref name="programmeId"/> by the whistleblower of
    /// <paramref name="tipId"/> is sealed to: the programme's reward officers, then the whistleblower's own key (so they
    /// can read back what they sent). Empty when the programme has no reward officer: nobody could read a claim.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ClaimRecipientsAsync(this ITipLineDatabase database, Guid programmeId, Guid tipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var organisationId = await database.RewardProgrammes.Where(p => p.Id == programmeId).Select(p => (Guid?)p.OrganisationId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var whistleblower = await database.Tips.Where(t => t.Id == tipId).Select(t => t.WhistleblowerPublicKey)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (organisationId is null || whistleblower is null)
        {
            return [];
        }

        var officers = await database.RewardOfficersAsync(organisationId.Value, cancellationToken).ConfigureAwait(false);
        return officers.Count == 0 ? [] : [.. officers.Select(o => o.PublicKey).Order(StringComparer.Ordinal), whistleblower];
    }

    /// <summary>The recipients of officer-only text in a programme (proposal reasons, return reasons): its reward officers.</summary>
    public static async Task<IReadOnlyList<string>> OfficerRecipientsAsync(this ITipLineDatabase database, Guid programmeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var organisationId = await database.RewardProgrammes.Where(p => p.Id == programmeId).Select(p => p.OrganisationId)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var officers = await database.RewardOfficersAsync(organisationId, cancellationToken).ConfigureAwait(false);
        return officers.Select(o => o.PublicKey).Order(StringComparer.Ordinal).ToList();
    }
}
