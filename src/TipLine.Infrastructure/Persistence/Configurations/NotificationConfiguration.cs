using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);

        // One row per user, kind and object: re-running a job, or notifying twice, cannot duplicate it.
        builder.HasIndex(n => new { n.StaffUserId, n.Kind, n.ObjectId }).IsUnique();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.StaffUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
