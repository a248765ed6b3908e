using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Notifications;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Oversight;

/// <summary>
/// Puts organisations, channels, staff, tips and cases straight into a host's real database, in the shapes the intake
/// and case use cases leave them, so oversight tests can start from any state (a case closed years ago, a message
/// sent last week) without a clock that moves. Ciphertext is random bytes: these tests never decrypt.
/// </summary>
public sealed class OversightWorld(ApplicationHost host)
{
    private int references;

    /// <summary>The host's fixed day.</summary>
    public static DateOnly Today { get; } = DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime);

    public ApplicationHost Host => host;

    public Task<Guid> OrganisationAsync(string name, OrganisationType type = OrganisationType.IntakeUnit) => AddAsync(db =>
    {
        var organisation = new Organisation(Guid.NewGuid(), name, type, ["KE"], Today);
        db.Organisations.Add(organisation);
        return organisation.Id;
    });

    public Task<Guid> ChannelAsync(Guid organisationId, string slug, int? retentionDays = null) => AddAsync(db =>
    {
        var channel = new Channel(Guid.NewGuid(), organisationId, slug, "Channel " + slug, string.Empty, "en", Today);
        if (retentionDays is { } days)
        {
            channel.ChangeLimits(Channel.DefaultMaximumFileBytes, Channel.DefaultMaximumFiles, days);
        }

        db.Channels.Add(channel);
        return channel.Id;
    });

    /// <summary>A staff member, and the actor a test sends requests as on their behalf.</summary>
    public async Task<TestActor> StaffAsync(Guid organisationId, StaffRoles roles, string? displayName = null, bool disabled = false, string? email = null, string language = "en")
    {
        var id = await AddAsync(db =>
        {
            var userId = Guid.NewGuid();
            var user = new StaffUser(
                userId,
                organisationId,
                "user-" + userId.ToString("N"),
                displayName ?? "Staff " + userId.ToString("N")[..6],
                roles,
                "argon2id$test",
                "age1" + userId.ToString("N"),
                RandomNumberGenerator.GetBytes(64),
                RandomNumberGenerator.GetBytes(64),
                Today);
            if (disabled)
            {
                user.Disable();
            }

            user.SetNotificationEmail(email);
            user.SetLanguage(language);
            db.StaffUsers.Add(user);
            return userId;
        });
        return new TestActor(id, organisationId, roles);
    }

    public Task<Guid> TipAsync(Guid channelId, DateOnly receivedOn, DateOnly? acknowledgedOn = null, DateOnly? feedbackOn = null) => AddAsync(db =>
    {
        var tip = new Tip(Guid.NewGuid(), channelId, receivedOn, "age1tip", "age1whistleblower", RandomNumberGenerator.GetBytes(200), RandomNumberGenerator.GetBytes(64));
        if (acknowledgedOn is { } acknowledged)
        {
            tip.Acknowledge(acknowledged);
        }

        if (feedbackOn is { } feedback)
        {
            tip.RecordFeedback(feedback);
        }

        db.Tips.Add(tip);
        return tip.Id;
    });

    /// <summary>A case of <paramref name="tipIds"/>; <paramref name="shape"/> triages, moves or closes it as a use case would.</summary>
    public async Task<Guid> CaseAsync(Guid organisationId, Guid? channelId, DateOnly openedOn, Action<Case>? shape = null, params Guid[] tipIds)
    {
        var reference = $"TL-{openedOn.Year}-{Interlocked.Increment(ref references):D5}";
        return await host.WithDatabaseAsync(async db =>
        {
            var created = new Case(Guid.NewGuid(), organisationId, reference, openedOn);
            if (channelId is { } channel)
            {
                created.RecordChannel(channel);
            }

            db.Cases.Add(created);
            await db.SaveChangesAsync();
            foreach (var tip in await db.Tips.Where(t => tipIds.Contains(t.Id)).ToListAsync())
            {
                tip.AttachToCase(created.Id);
            }

            shape?.Invoke(created);
            if (created.Status == CaseStatus.Closed)
            {
                foreach (var tip in db.Tips.Local.Where(t => t.CaseId == created.Id))
                {
                    tip.MarkClosed();
                }
            }

            await db.SaveChangesAsync();
            return created.Id;
        });
    }

    public Task RouteAsync(Guid caseId, Guid organisationId, TestActor routedBy) => AddAsync(db =>
    {
        db.CaseRoutings.Add(new CaseRouting(Guid.NewGuid(), caseId, organisationId, routedBy.UserId!.Value, Today));
        return caseId;
    });

    public Task<Guid> WrapAsync(Guid tipId, TestActor staff) => AddAsync(db =>
    {
        var wrap = new TipKeyWrap(Guid.NewGuid(), tipId, KeyWrapHolder.StaffUser, staff.UserId, staff.OrganisationId, "age1staff", RandomNumberGenerator.GetBytes(150));
        db.TipKeyWraps.Add(wrap);
        return wrap.Id;
    });

    public Task<Guid> WhistleblowerWrapAsync(Guid tipId) => AddAsync(db =>
    {
        var wrap = new TipKeyWrap(Guid.NewGuid(), tipId, KeyWrapHolder.Whistleblower, null, null, "age1whistleblower", RandomNumberGenerator.GetBytes(150));
        db.TipKeyWraps.Add(wrap);
        return wrap.Id;
    });

    public Task<Guid> MessageAsync(Guid tipId, MessageDirection direction, DateOnly sentOn, bool read = false) =>
        host.WithDatabaseAsync(async db =>
        {
            var sequence = await db.Messages.Where(m => m.TipId == tipId).Select(m => (int?)m.Sequence).MaxAsync() ?? 0;
            var message = new Message(Guid.NewGuid(), tipId, sequence + 1, direction, null, RandomNumberGenerator.GetBytes(120), sentOn);
            if (read)
            {
                message.MarkRead();
            }

            db.Messages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    /// <summary>An attachment row and its real blob file in the host's blob store; returns the blob name.</summary>
    public Task<string> AttachmentAsync(Guid tipId, Guid? messageId = null) =>
        host.WithDatabaseAsync(async (db, services) =>
        {
            var content = RandomNumberGenerator.GetBytes(4096);
            await using var blob = await services.GetRequiredService<IBlobStore>().CreateAsync();
            await blob.Content.WriteAsync(content);
            await blob.CommitAsync();
            var position = await db.Attachments.CountAsync(a => a.TipId == tipId);
            db.Attachments.Add(new Attachment(Guid.NewGuid(), tipId, messageId, position, blob.BlobName, content.Length, SHA256.HashData(content), Today));
            await db.SaveChangesAsync();
            return blob.BlobName;
        });

    public Task<Guid> ReceiptAsync(Guid tipId) => AddAsync(db =>
    {
        db.ReceiptIndex.Add(new ReceiptIndexEntry(RandomNumberGenerator.GetBytes(32), tipId));
        return tipId;
    });

    public Task<Guid> NoteAsync(Guid caseId, TestActor author) => AddAsync(db =>
    {
        var note = new CaseNote(Guid.NewGuid(), caseId, author.UserId!.Value, RandomNumberGenerator.GetBytes(300), Today);
        db.CaseNotes.Add(note);
        return note.Id;
    });

    public Task<Guid> NoticeAsync(Guid caseId, Guid platformOrganisationId, TestActor issuer) => AddAsync(db =>
    {
        var notice = new TakedownNotice(Guid.NewGuid(), caseId, platformOrganisationId, issuer.UserId!.Value, RandomNumberGenerator.GetBytes(300), Today);
        db.TakedownNotices.Add(notice);
        return notice.Id;
    });

    /// <summary>A notification as an earlier day's sweep would have left it.</summary>
    public Task<Guid> NotificationAsync(TestActor staff, NotificationKind kind, Guid objectId, DateOnly day, bool read = false, bool mailed = false) => AddAsync(db =>
    {
        var notification = new Notification(Guid.NewGuid(), staff.UserId!.Value, kind, objectId, day);
        if (read)
        {
            notification.MarkRead();
        }

        if (mailed)
        {
            notification.MarkMailed();
        }

        db.Notifications.Add(notification);
        return notification.Id;
    });

    public Task<List<Notification>> NotificationsAsync() =>
        host.WithDatabaseAsync(db => db.Notifications.AsNoTracking().OrderBy(n => n.StaffUserId).ThenBy(n => n.Kind).ThenBy(n => n.ObjectId).ToListAsync());

    /// <summary>Runs one of the application's services (a sweep) in a fresh scope, as a Hangfire job would.</summary>
    public Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> run)
        where TService : notnull =>
        host.WithDatabaseAsync((_, services) => run(services.GetRequiredService<TService>()));

    private Task<Guid> AddAsync(Func<ITipLineDatabase, Guid> add) =>
        host.WithDatabaseAsync(async db =>
        {
            var id = add(db);
            await db.SaveChangesAsync();
            return id;
        });
}
