using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Staff;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.ToTable("StaffSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SealedKey).IsRequired();
        builder.Property(s => s.StartedAt).HasConversion(TimestampConversion.Instance);
        builder.Property(s => s.LastSeenAt).HasConversion(TimestampConversion.Instance);
        builder.Property(s => s.ExpiresAt).HasConversion(TimestampConversion.Instance);
        builder.HasIndex(s => s.StaffUserId);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.StaffUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
