using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Audit;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");

        // The appender assigns the sequence; an identity column would let the database fill gaps the chain must expose.
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.Action).HasMaxLength(ColumnLengths.ShortName).IsRequired();
        builder.Property(a => a.ObjectType).HasMaxLength(ColumnLengths.ShortName).IsRequired();
        builder.Property(a => a.ObjectId).HasMaxLength(ColumnLengths.Name);
        builder.Property(a => a.PreviousHash).HasMaxLength(ColumnLengths.Sha256).IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(ColumnLengths.Sha256).IsRequired();
        builder.Property(a => a.Signature).HasMaxLength(ColumnLengths.Ed25519Signature).IsRequired();
        builder.HasIndex(a => a.Day);

        // No foreign key to the actor: the log must outlive any user row and never block their removal.
    }
}
