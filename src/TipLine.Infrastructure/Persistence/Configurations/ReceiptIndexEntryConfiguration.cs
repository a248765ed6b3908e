using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class ReceiptIndexEntryConfiguration : IEntityTypeConfiguration<ReceiptIndexEntry>
{
    public void Configure(EntityTypeBuilder<ReceiptIndexEntry> builder)
    {
        builder.ToTable("ReceiptIndex");

        // The hash is the key, so a second tip can never claim the same receipt.
        builder.HasKey(r => r.LookupHash);
        builder.Property(r => r.LookupHash).HasMaxLength(ColumnLengths.Sha256).ValueGeneratedNever();
        builder.HasIndex(r => r.TipId);
        builder.HasOne<Tip>().WithMany().HasForeignKey(r => r.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}
