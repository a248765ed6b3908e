using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TipLine.Application.Abstractions;
using TipLine.Domain.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Persistence;

/// <summary>The one EF Core context for every provider; the provider and its migrations assembly are chosen by configuration.</summary>
public sealed class TipLineDbContext(DbContextOptions<TipLineDbContext> options)
    : DbContext(options), ITipLineDatabase, IDataProtectionKeyContext
{
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

    /// <summary>The Data Protection key ring, shared by every instance; its XML is encrypted to a certificate kept outside the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public async Task<IDbContextTransaction?> BeginTransactionIfNoneAsync(CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is not null ? null : await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

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
