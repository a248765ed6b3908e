using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TipLine.Application.Abstractions;
using TipLine.Domain.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Notifications;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Routing;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Persistence;

/// <summary>The one EF Core context for every provider; the provider and its migrations assembly are chosen by configuration.</summary>
public sealed class TipLineDbContext(DbContextOptions<TipLineDbContext> options)
    : DbContext(options), ITipLineDatabase, IDataProtectionKeyContext
{
    // Advisory-lock key naming the audit log: the ASCII bytes "TipLAudt" read as a big-endian bigint. Every
    // instance must use the same value, or they stop excluding one another.
    private const string PostgresAuditLockSql = "SELECT pg_advisory_xact_lock(6082516244558603380)";

    // Owned by the transaction, so it is released on commit or rollback; a negative status (timeout, deadlock victim)
    // must fail the use case rather than let it append unlocked.
    private const string SqlServerAuditLockSql = """
        DECLARE @status int;
        EXEC @status = sp_getapplock @Resource = N'tipline-audit', @LockMode = 'Exclusive', @LockOwner = 'Transaction';
        IF @status < 0 THROW 51000, 'Could not lock the audit log.', 1;
        """;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<Channel> Channels => Set<Channel>();

    public DbSet<Tip> Tips => Set<Tip>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<TipKeyWrap> TipKeyWraps => Set<TipKeyWrap>();

    public DbSet<ReceiptIndexEntry> ReceiptIndex => Set<ReceiptIndexEntry>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseRouting> CaseRoutings => Set<CaseRouting>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<TakedownNotice> TakedownNotices => Set<TakedownNotice>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<RewardProgramme> RewardProgrammes => Set<RewardProgramme>();

    public DbSet<SanctionEntry> SanctionEntries => Set<SanctionEntry>();

    public DbSet<RewardReferral> RewardReferrals => Set<RewardReferral>();

    public DbSet<RewardNotice> RewardNotices => Set<RewardNotice>();

    public DbSet<RewardClaim> RewardClaims => Set<RewardClaim>();

    public DbSet<AwardProposal> AwardProposals => Set<AwardProposal>();

    public DbSet<RewardPayment> RewardPayments => Set<RewardPayment>();

    /// <summary>The Data Protection key ring, shared by every instance; its XML is encrypted to a certificate kept outside the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public async Task<IDbContextTransaction?> BeginTransactionIfNoneAsync(CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return null;
        }

        if (Database.IsSqlite())
        {
            var databaseKey = Database.GetConnectionString() ?? string.Empty;
            return await SqliteWriterQueue.BeginAsync(databaseKey, Database.BeginTransactionAsync, cancellationToken).ConfigureAwait(false);
        }

        return await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task LockAuditLogAsync(CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is null)
        {
            // Outside a transaction the lock would be released before the append it is meant to protect.
            throw new InvalidOperationException("The audit log can only be locked inside a transaction.");
        }

        if (Database.IsNpgsql())
        {
            await Database.ExecuteSqlRawAsync(PostgresAuditLockSql, cancellationToken).ConfigureAwait(false);
        }
        else if (Database.IsSqlServer())
        {
            await Database.ExecuteSqlRawAsync(SqlServerAuditLockSql, cancellationToken).ConfigureAwait(false);
        }

        // SQLite: nothing to take. It has a single writer, and EF begins SQLite transactions with BEGIN IMMEDIATE, so a
        // transaction that reaches this point already holds the database's write lock and no other appender can
        // interleave. The residual failure is there, not here: a writer that waits longer than the command timeout
        // (30 s by default) at BEGIN gets SQLITE_BUSY ("database is locked") and its use case fails as a whole.
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TipLineDbContext).Assembly);
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.Property(k => k.FriendlyName).HasMaxLength(200);
        });
    }
}
