using Microsoft.EntityFrameworkCore;
using TipLine.Application.Staff;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;
using TipLine.Domain.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;
using TipLine.Domain.Time;

namespace TipLine.Application.Tests.Administration;

/// <summary>
/// Organisations, staff members with real key pairs, channels, tips with real wraps and routed cases, written straight
/// into a host's database: the state the administration use cases act on.
/// </summary>
internal sealed class Deployment(ApplicationHost host)
{
    public const string Password = "correct horse battery staple";

    private static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime);

    private int sequence;

    public ApplicationHost Host => host;

    public async Task<Guid> AddOrganisationAsync(string name, OrganisationType type = OrganisationType.IntakeUnit, string? escrowRecipient = null)
    {
        var organisation = new Organisation(Guid.NewGuid(), name, type, ["GA"], Today);
        organisation.SetEscrowRecipient(escrowRecipient);
        await SaveAsync(db => db.Organisations.Add(organisation));
        return organisation.Id;
    }

    /// <summary>A member enrolled as every user is (<see cref="StaffEnrolment"/>), signed in: their key is in the host's test session store.</summary>
    public async Task<Member> AddMemberAsync(Guid organisationId, StaffRoles roles, string? userName = null)
    {
        var organisation = await host.WithDatabaseAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId));
        var number = Interlocked.Increment(ref sequence);
        var user = StaffEnrolment.Enrol(organisation, userName ?? $"member{number}", $"Member {number}", roles, Password, Argon2idParameters.FastForTestsOnly, Today).User;
        await SaveAsync(db => db.StaffUsers.Add(user));
        using var identity = StaffKeyring.UnlockWithPassword(user.PasswordWrappedPrivateKey, Password);
        host.StaffKeys.SignIn(user.Id, identity);
        return new Member(user.Id, organisationId, roles, user.PublicKey);
    }

    public async Task<Guid> AddChannelAsync(Guid organisationId)
    {
        var channel = new Channel(Guid.NewGuid(), organisationId, $"channel-{Interlocked.Increment(ref sequence)}", "Channel", string.Empty, "en", Today);
        await SaveAsync(db => db.Channels.Add(channel));
        return channel.Id;
    }

    /// <summary>A tip of the channel whose key is wrapped for <paramref name="holders"/>, granted through the channel's organisation.</summary>
    public async Task<SealedTip> AddTipAsync(Guid channelId, params Member[] holders)
    {
        using var tipKey = TipKey.Generate();
        using var whistleblower = X25519Identity.Generate();
        var tip = new Tip(Guid.NewGuid(), channelId, Today, tipKey.Recipient.ToString(), whistleblower.Recipient.ToString(), [1, 2, 3], [4, 5, 6]);
        await SaveAsync(db =>
        {
            db.Tips.Add(tip);
            AddWraps(db, tip.Id, tipKey, holders);
        });
        return new SealedTip(tip.Id, tip.TipPublicKey, tipKey.ToSecretString());
    }

    /// <summary>Puts the tip in a case of <paramref name="owner"/> routed to <paramref name="routedTo"/>, wrapping its key for <paramref name="holders"/> there.</summary>
    public async Task RouteAsync(SealedTip tip, Member owner, Guid routedTo, params Member[] holders)
    {
        ArgumentNullException.ThrowIfNull(tip);
        ArgumentNullException.ThrowIfNull(owner);
        using var tipKey = X25519Identity.Parse(tip.SecretKey);
        var @case = new Case(Guid.NewGuid(), owner.OrganisationId, $"TL-TEST-{Interlocked.Increment(ref sequence):D5}", Today);
        await SaveAsync(async db =>
        {
            db.Cases.Add(@case);
            var stored = await db.Tips.SingleAsync(t => t.Id == tip.Id);
            stored.AttachToCase(@case.Id);
            db.CaseRoutings.Add(new CaseRouting(Guid.NewGuid(), @case.Id, routedTo, owner.Id, Today));
            AddWraps(db, tip.Id, tipKey, holders);
        });
    }

    public async Task AddSessionAsync(Guid userId) =>
        await SaveAsync(db => db.StaffSessions.Add(new StaffSession(Guid.NewGuid(), userId, [7, 7, 7], ApplicationHost.Now, ApplicationHost.Now.AddHours(8))));

    /// <summary>The staff users holding a wrap of the tip.</summary>
    public Task<List<Guid>> HoldersOfAsync(Guid tipId) =>
        host.WithDatabaseAsync(db => db.TipKeyWraps
            .Where(w => w.TipId == tipId && w.StaffUserId != null)
            .Select(w => w.StaffUserId!.Value)
            .ToListAsync());

    public Task<int> WrapsOfAsync(Guid userId) => host.WithDatabaseAsync(db => db.TipKeyWraps.CountAsync(w => w.StaffUserId == userId));

    public Task<int> SessionsOfAsync(Guid userId) => host.WithDatabaseAsync(db => db.StaffSessions.CountAsync(s => s.StaffUserId == userId));

    public Task<List<AuditEntry>> AuditEntriesAsync() =>
        host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    public Task<StaffUser> UserAsync(Guid userId) => host.WithDatabaseAsync(db => db.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == userId));

    private static void AddWraps(Infrastructure.Persistence.TipLineDbContext db, Guid tipId, X25519Identity tipKey, Member[] holders)
    {
        foreach (var holder in holders)
        {
            db.TipKeyWraps.Add(new TipKeyWrap(
                Guid.NewGuid(), tipId, KeyWrapHolder.StaffUser, holder.Id, holder.OrganisationId, holder.PublicKey,
                TipKey.WrapFor(tipKey, X25519Recipient.Parse(holder.PublicKey))));
        }
    }

    private Task SaveAsync(Action<Infrastructure.Persistence.TipLineDbContext> change) =>
        SaveAsync(db =>
        {
            change(db);
            return Task.CompletedTask;
        });

    private Task SaveAsync(Func<Infrastructure.Persistence.TipLineDbContext, Task> change) =>
        host.WithDatabaseAsync(async db =>
        {
            await change(db);
            return await db.SaveChangesAsync();
        });
}

/// <summary>A staff member of the test deployment; <see cref="Actor"/> sends requests as them.</summary>
internal sealed record Member(Guid Id, Guid OrganisationId, StaffRoles Roles, string PublicKey)
{
    public TestActor Actor => new(Id, OrganisationId, Roles);
}

/// <summary>A tip and, for the test's own checks, its private key.</summary>
internal sealed record SealedTip(Guid Id, string PublicKey, string SecretKey);
