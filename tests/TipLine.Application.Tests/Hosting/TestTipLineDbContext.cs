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

namespace TipLine.Application.Tests.Hosting;

/// <summary>
/// Test-only stand-in for Infrastructure's context, on a real SQLite file, so application tests do not wait for it.
/// EnsureCreated is acceptable here only: production schemas come from migrations.
/// </summary>
public sealed class TestTipLineDbContext(DbContextOptions<TestTipLineDbContext> options) : DbContext(options), ITipLineDatabase
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

    public async Task<IDbContextTransaction?> BeginTransactionIfNoneAsync(CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(entity =>
        {
            entity.ToTable("Organisations");
            entity.Ignore(o => o.JurisdictionCodes);
        });
        modelBuilder.Entity<StaffUser>().ToTable("StaffUsers");
        modelBuilder.Entity<Channel>().ToTable("Channels");
        modelBuilder.Entity<Tip>().ToTable("Tips");
        modelBuilder.Entity<Attachment>().ToTable("Attachments");
        modelBuilder.Entity<TipKeyWrap>().ToTable("TipKeyWraps");
        modelBuilder.Entity<ReceiptIndexEntry>(entity =>
        {
            entity.ToTable("ReceiptIndex");
            entity.HasKey(r => r.LookupHash);
        });
        modelBuilder.Entity<Case>().ToTable("Cases");
        modelBuilder.Entity<CaseRouting>().ToTable("CaseRoutings");
        modelBuilder.Entity<Message>().ToTable("Messages");
        modelBuilder.Entity<AuditEntry>(entity =>
        {
            entity.ToTable("AuditEntries");
            entity.HasKey(a => a.Sequence);
            entity.Property(a => a.Sequence).ValueGeneratedNever();
        });
    }
}
