using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Access;

/// <summary>
/// Opening tip keys with the signed-in user's key, and granting or revoking other staff members' access by adding or
/// deleting their wraps. The tip itself is never re-encrypted (design.md section 3).
/// </summary>
public sealed class TipKeys(ITipLineDatabase database, ICurrentActor actor, IStaffSessionKey sessionKey)
{
    /// <summary>
    /// The tip's private key, opened with the actor's own wrap; the caller disposes it. A tip the actor's organisation
    /// cannot see, or for which the actor holds no wrap, is "not found": nothing says whether it exists.
    /// </summary>
    public async Task<X25519Identity> OpenAsync(Guid tipId, CancellationToken cancellationToken)
    {
        var opened = await OpenReadableAsync([tipId], cancellationToken).ConfigureAwait(false);
        return opened.TryGetValue(tipId, out var tipKey) ? tipKey : throw new NotFoundException("tip");
    }

    /// <summary>
    /// The private keys of those of <paramref name="tipIds"/> the actor can read (visible to their organisation, with a
    /// wrap of their own that opens with their key), found with one query; the caller disposes every key returned.
    /// The session key is not touched when there is nothing to open.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, X25519Identity>> OpenReadableAsync(IReadOnlyCollection<Guid> tipIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tipIds);
        var userId = actor.RequireUser();
        var organisationId = actor.RequireOrganisation();
        var wraps = await database.Tips.VisibleTo(database, organisationId)
            .Where(t => tipIds.Contains(t.Id))
            .Join(
                database.TipKeyWraps.Where(w => w.StaffUserId == userId && w.Holder == KeyWrapHolder.StaffUser),
                t => t.Id,
                w => w.TipId,
                (t, w) => new { w.TipId, w.WrappedKey })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var opened = new Dictionary<Guid, X25519Identity>();
        if (wraps.Count == 0)
        {
            return opened;
        }

        try
        {
            using var identity = sessionKey.Open();
            foreach (var wrap in wraps.Where(w => !opened.ContainsKey(w.TipId)))
            {
                try
                {
                    opened[wrap.TipId] = TipKey.Unwrap(wrap.WrappedKey, identity);
                }
                catch (KeyUnlockException)
                {
                    // The wrap was made for another key of this user (e.g. before a key reset): the tip is not readable to them.
                }
            }

            return opened;
        }
        catch
        {
            foreach (var tipKey in opened.Values)
            {
                tipKey.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// Throws <see cref="NotFoundException"/> unless the actor could open the tip: for actions that need no key but only
    /// make sense for someone who can read the tip (marking its messages seen, writing into its conversation).
    /// </summary>
    public async Task DemandReadableAsync(Guid tipId, CancellationToken cancellationToken)
    {
        using var tipKey = await OpenAsync(tipId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Wraps <paramref name="tipKey"/> for each of <paramref name="members"/> that holds no wrap of this tip yet,
    /// recording <paramref name="grantedThrough"/> so that withdrawing that organisation's access deletes exactly these.
    /// Returns how many wraps were added.
    /// </summary>
    public async Task<int> GrantAsync(Guid tipId, X25519Identity tipKey, IReadOnlyCollection<StaffUser> members, Guid grantedThrough, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tipKey);
        ArgumentNullException.ThrowIfNull(members);
        var holders = await database.TipKeyWraps
            .Where(w => w.TipId == tipId && w.StaffUserId != null)
            .Select(w => w.StaffUserId!.Value)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pendingHolders = database.TipKeyWraps.Local
            .Where(w => w.TipId == tipId && w.StaffUserId is not null)
            .Select(w => w.StaffUserId!.Value);
        var alreadyHeld = holders.Concat(pendingHolders).ToHashSet();
        var added = 0;
        // Add() also records the member, so a member named twice in members gets one wrap.
        foreach (var member in members.Where(m => !m.IsDisabled && alreadyHeld.Add(m.Id)))
        {
            var recipient = X25519Recipient.Parse(member.PublicKey);
            database.TipKeyWraps.Add(new TipKeyWrap(
                Guid.NewGuid(), tipId, KeyWrapHolder.StaffUser, member.Id, grantedThrough, member.PublicKey, TipKey.WrapFor(tipKey, recipient)));
            added++;
        }

        return added;
    }

    /// <summary>Deletes every staff wrap of <paramref name="tipIds"/> granted through <paramref name="organisationId"/>; returns how many.</summary>
    public Task<int> RevokeAsync(IReadOnlyCollection<Guid> tipIds, Guid organisationId, CancellationToken cancellationToken) =>
        database.TipKeyWraps
            .Where(w => tipIds.Contains(w.TipId) && w.Holder == KeyWrapHolder.StaffUser && w.GrantedToOrganisationId == organisationId)
            .ExecuteDeleteAsync(cancellationToken);
}
