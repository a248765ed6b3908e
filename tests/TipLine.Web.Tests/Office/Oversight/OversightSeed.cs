using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Notifications;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Oversight;

/// <summary>
/// A fresh organisation on the shared test server with a channel, cases, tips and notifications written straight into
/// its database, and staff who sign in through the real pages. Every test gets its own organisation, so counts and
/// lists never see another test's rows.
/// </summary>
public sealed class OversightSeed
{
    private readonly IServiceProvider services;

    private OversightSeed(IServiceProvider services, Guid organisationId, Guid channelId)
    {
        this.services = services;
        OrganisationId = organisationId;
        ChannelId = channelId;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public Guid OrganisationId { get; }

    public Guid ChannelId { get; }

    public static async Task<OversightSeed> CreateAsync(IServiceProvider services)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var organisationId = await StaffSeed.CreateOrganisationAsync(services, "Oversight unit " + suffix, OrganisationType.IntakeUnit, "KE");
        var channelId = await WriteAsync(services, db =>
        {
            var channel = new Channel(Guid.NewGuid(), organisationId, "ov-" + suffix, "Oversight " + suffix, string.Empty, "en", Today);
            db.Channels.Add(channel);
            return channel.Id;
        });
        return new OversightSeed(services, organisationId, channelId);
    }

    /// <summary>A staff member of this organisation, signed in on a new client through the real sign-in pages.</summary>
    public async Task<(OfficeClient Client, SeededStaff Staff)> SignInAsync(TipLineServer server, StaffRoles roles)
    {
        var staff = await StaffSeed.CreateUserAsync(services, OrganisationId, "ov-" + Guid.NewGuid().ToString("N")[..12], roles);
        var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        return (client, staff);
    }

    public Task<Guid> CaseAsync(DateOnly openedOn, Action<Case>? shape = null) => WriteAsync(services, db =>
    {
        var created = new Case(Guid.NewGuid(), OrganisationId, "OV-" + Guid.NewGuid().ToString("N")[..12], openedOn);
        created.RecordChannel(ChannelId);
        shape?.Invoke(created);
        db.Cases.Add(created);
        return created.Id;
    });

    public Task<Guid> TipAsync(DateOnly receivedOn) => WriteAsync(services, db =>
    {
        var tip = new Tip(Guid.NewGuid(), ChannelId, receivedOn, "age1tip", "age1whistleblower", RandomNumberGenerator.GetBytes(100), RandomNumberGenerator.GetBytes(64));
        db.Tips.Add(tip);
        return tip.Id;
    });

    public Task<Guid> NotificationAsync(Guid userId, NotificationKind kind, Guid objectId) => WriteAsync(services, db =>
    {
        var notification = new Notification(Guid.NewGuid(), userId, kind, objectId, Today);
        db.Notifications.Add(notification);
        return notification.Id;
    });

    public Task<bool> IsReadAsync(Guid notificationId) => ReadAsync(services, db => db.Notifications.Single(n => n.Id == notificationId).IsRead);

    private static async Task<T> WriteAsync<T>(IServiceProvider services, Func<TipLineDbContext, T> write)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var result = write(database);
        await database.SaveChangesAsync();
        return result;
    }

    private static async Task<T> ReadAsync<T>(IServiceProvider services, Func<TipLineDbContext, T> read)
    {
        await using var scope = services.CreateAsyncScope();
        return read(scope.ServiceProvider.GetRequiredService<TipLineDbContext>());
    }
}
