using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TipLine.Domain.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>
/// The persistence suite every provider must pass against a real database. Derived classes pick the database;
/// the PostgreSQL and SQL Server ones re-declare each test with the attribute that skips when no server is configured.
/// </summary>
public abstract class PersistenceSuite(DatabaseFixture fixture)
{
    protected DatabaseFixture Fixture { get; } = fixture;

    [Fact]
    public virtual async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var context = Fixture.CreateContext();
        var all = context.Database.GetMigrations().ToList();
        Assert.Contains(all, name => name.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Equal(all, Fixture.AppliedFromEmpty);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(all, await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public virtual async Task Migration_runner_is_idempotent()
    {
        await using var context = Fixture.CreateContext();
        Assert.Empty(await Fixture.CreateRunner(context).ApplyPendingMigrationsAsync());
        Assert.Empty(await Fixture.CreateRunner(context).ApplyPendingMigrationsAsync());
    }

    [Fact]
    public virtual async Task Organisation_staff_user_channel_and_case_round_trip()
    {
        var organisation = SampleData.Organisation();
        var user = SampleData.StaffUser(organisation.Id);
        var channel = SampleData.Channel(organisation.Id);
        var @case = SampleData.Case(organisation.Id);
        @case.Assign(user.Id);
        @case.Close(CaseOutcome.ListingRemoved, new DateOnly(9999, 12, 31));
        var routing = new CaseRouting(Guid.NewGuid(), @case.Id, organisation.Id, user.Id, SampleData.Day);
        var audit = SampleData.AuditEntry(user.Id);
        await SaveAsync(organisation, user, channel, @case, routing, audit);

        await using var read = Fixture.CreateContext();
        EntityAssert.SameState(organisation, await read.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisation.Id));
        EntityAssert.SameState(user, await read.StaffUsers.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == user.UserName));
        EntityAssert.SameState(channel, await read.Channels.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == channel.Slug));
        EntityAssert.SameState(@case, await read.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Reference == @case.Reference));
        EntityAssert.SameState(routing, await read.CaseRoutings.AsNoTracking().SingleOrDefaultAsync(r => r.CaseId == @case.Id));
        EntityAssert.SameState(audit, await read.AuditEntries.AsNoTracking().SingleOrDefaultAsync(a => a.Sequence == audit.Sequence));
    }

    [Fact]
    public virtual async Task Tip_and_everything_hanging_off_it_round_trip_exactly()
    {
        var (organisation, user, channel) = await SeedChannelAsync();
        var tip = SampleData.Tip(channel.Id);
        var message = SampleData.Message(tip.Id);
        var staffMessage = new Message(Guid.NewGuid(), tip.Id, 2, MessageDirection.ToWhistleblower, user.Id, [], SampleData.Day);
        staffMessage.MarkRead();
        var attachment = SampleData.Attachment(tip.Id, message.Id);
        var whistleblowerWrap = SampleData.WhistleblowerWrap(tip.Id);
        var staffWrap = SampleData.StaffWrap(tip.Id, user.Id, organisation.Id);
        var receipt = SampleData.Receipt(tip.Id);
        await SaveAsync(tip, message, staffMessage, attachment, whistleblowerWrap, staffWrap, receipt);

        await using var read = Fixture.CreateContext();
        EntityAssert.SameState(tip, await read.Tips.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tip.Id));
        EntityAssert.SameState(message, await read.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == message.Id));
        EntityAssert.SameState(staffMessage, await read.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == staffMessage.Id));
        EntityAssert.SameState(attachment, await read.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.TipId == tip.Id));
        EntityAssert.SameState(whistleblowerWrap, await read.TipKeyWraps.AsNoTracking().SingleOrDefaultAsync(w => w.Id == whistleblowerWrap.Id));
        EntityAssert.SameState(staffWrap, await read.TipKeyWraps.AsNoTracking().SingleOrDefaultAsync(w => w.TipId == tip.Id && w.StaffUserId == user.Id));

        // The receipt lookup is by the hash itself: the primary key must compare bytes exactly.
        EntityAssert.SameState(receipt, await read.ReceiptIndex.AsNoTracking().SingleOrDefaultAsync(r => r.LookupHash == receipt.LookupHash));
    }

    [Fact]
    public virtual async Task Enums_are_stored_as_their_names()
    {
        var organisation = SampleData.Organisation();
        var user = SampleData.StaffUser(organisation.Id);
        var @case = SampleData.Case(organisation.Id);
        await SaveAsync(organisation, user, @case);

        await using var read = Fixture.CreateContext();
        Assert.Equal(
            ["Triaged", "II", "High"],
            await read.Database.SqlQuery<string>(
                $"""SELECT "Status" AS "Value" FROM "Cases" WHERE "Reference" = {@case.Reference} UNION ALL SELECT "CitesAppendix" FROM "Cases" WHERE "Reference" = {@case.Reference} UNION ALL SELECT "Urgency" FROM "Cases" WHERE "Reference" = {@case.Reference}""")
                .ToListAsync());
        Assert.Equal(
            "Administrator, Auditor",
            (await read.Database.SqlQuery<string>($"""SELECT "Roles" AS "Value" FROM "StaffUsers" WHERE "UserName" = {user.UserName}""").ToListAsync()).Single());
    }

    [Fact]
    public virtual async Task A_receipt_hash_cannot_be_used_twice()
    {
        var (_, _, channel) = await SeedChannelAsync();
        var first = SampleData.Tip(channel.Id);
        var second = SampleData.Tip(channel.Id);
        var receipt = SampleData.Receipt(first.Id);
        await SaveAsync(first, second, receipt);

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(new ReceiptIndexEntry([.. receipt.LookupHash], second.Id)));
    }

    [Fact]
    public virtual async Task A_channel_slug_is_unique()
    {
        var organisation = SampleData.Organisation();
        var channel = SampleData.Channel(organisation.Id);
        await SaveAsync(organisation, channel);

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(SampleData.Channel(organisation.Id, channel.Slug)));
    }

    [Fact]
    public virtual async Task A_staff_user_name_is_unique()
    {
        var organisation = SampleData.Organisation();
        var user = SampleData.StaffUser(organisation.Id);
        await SaveAsync(organisation, user);

        // Names are lower-cased by the domain, so a different case is the same login.
        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(SampleData.StaffUser(organisation.Id, user.UserName.ToUpperInvariant())));
    }

    [Fact]
    public virtual async Task A_case_reference_is_unique()
    {
        var organisation = SampleData.Organisation();
        var @case = SampleData.Case(organisation.Id);
        await SaveAsync(organisation, @case);

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(new Case(Guid.NewGuid(), organisation.Id, @case.Reference, SampleData.Day)));
    }

    [Fact]
    public virtual async Task Deleting_a_tip_in_the_database_cascades_to_its_wraps_attachments_messages_and_receipt()
    {
        var (organisation, user, channel) = await SeedChannelAsync();
        var tip = SampleData.Tip(channel.Id);
        var keep = SampleData.Tip(channel.Id);
        var message = SampleData.Message(tip.Id);
        await SaveAsync(
            tip, keep, message, SampleData.Attachment(tip.Id, message.Id), SampleData.Attachment(tip.Id, null),
            SampleData.WhistleblowerWrap(tip.Id), SampleData.StaffWrap(tip.Id, user.Id, organisation.Id), SampleData.Receipt(tip.Id),
            SampleData.Message(keep.Id), SampleData.Receipt(keep.Id));

        await using var context = Fixture.CreateContext();

        // ExecuteDelete bypasses EF's client-side cascade, so only the database's foreign keys can remove the children.
        Assert.Equal(1, await context.Tips.Where(t => t.Id == tip.Id).ExecuteDeleteAsync());
        Assert.Equal(0, await context.TipKeyWraps.CountAsync(w => w.TipId == tip.Id));
        Assert.Equal(0, await context.Attachments.CountAsync(a => a.TipId == tip.Id));
        Assert.Equal(0, await context.Messages.CountAsync(m => m.TipId == tip.Id));
        Assert.Equal(0, await context.ReceiptIndex.CountAsync(r => r.TipId == tip.Id));
        Assert.Equal(1, await context.Messages.CountAsync(m => m.TipId == keep.Id));
        Assert.Equal(1, await context.ReceiptIndex.CountAsync(r => r.TipId == keep.Id));
    }

    [Fact]
    public virtual async Task A_channel_with_tips_cannot_be_deleted()
    {
        var (_, _, channel) = await SeedChannelAsync();
        var tip = SampleData.Tip(channel.Id);
        await SaveAsync(tip);

        await using var context = Fixture.CreateContext();
        await Assert.ThrowsAnyAsync<DbException>(() => context.Channels.Where(c => c.Id == channel.Id).ExecuteDeleteAsync());
        Assert.Equal(1, await context.Tips.CountAsync(t => t.Id == tip.Id));
    }

    [Fact]
    public virtual async Task A_tip_cannot_reference_a_missing_channel()
    {
        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(SampleData.Tip(Guid.NewGuid())));
    }

    [Fact]
    public virtual async Task Rolled_back_transaction_leaves_no_half_tip()
    {
        var (_, _, channel) = await SeedChannelAsync();
        var tip = SampleData.Tip(channel.Id);
        await using (var context = Fixture.CreateContext())
        {
            await using var transaction = await context.BeginTransactionIfNoneAsync();
            Assert.NotNull(transaction);
            Assert.Null(await context.BeginTransactionIfNoneAsync());
            context.Tips.Add(tip);
            await context.SaveChangesAsync();
            context.ReceiptIndex.Add(SampleData.Receipt(tip.Id));
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var read = Fixture.CreateContext();
        Assert.False(await read.Tips.AnyAsync(t => t.Id == tip.Id));
        Assert.False(await read.ReceiptIndex.AnyAsync(r => r.TipId == tip.Id));
    }

    private async Task<(Organisation Organisation, StaffUser User, Channel Channel)> SeedChannelAsync()
    {
        var organisation = SampleData.Organisation();
        var user = SampleData.StaffUser(organisation.Id);
        var channel = SampleData.Channel(organisation.Id);
        await SaveAsync(organisation, user, channel);
        return (organisation, user, channel);
    }

    private async Task SaveAsync(params object[] entities)
    {
        await using var context = Fixture.CreateContext();
        context.AddRange(entities);
        await context.SaveChangesAsync();
    }
}
