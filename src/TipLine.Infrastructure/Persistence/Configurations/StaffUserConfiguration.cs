using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("StaffUsers");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.UserName).HasMaxLength(ColumnLengths.ShortName).IsRequired();
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(u => u.Roles).HasConversion<string>().HasMaxLength(ColumnLengths.FlagsEnum);
        builder.Property(u => u.PasswordHash).HasMaxLength(ColumnLengths.LongText).IsRequired();
        builder.Property(u => u.PublicKey).HasMaxLength(ColumnLengths.AgeRecipient).IsRequired();
        builder.Property(u => u.PasswordWrappedPrivateKey).IsRequired();
        builder.Property(u => u.RecoveryWrappedPrivateKey).IsRequired();
        builder.Property(u => u.LockedUntil).HasConversion(TimestampConversion.Instance);
        builder.Property(u => u.RecoveryCodeHashes).HasMaxLength(ColumnLengths.LongText).IsRequired();
        builder.Property(u => u.NotificationEmail).HasMaxLength(ColumnLengths.Name);
        builder.Property(u => u.Language).HasMaxLength(8).IsRequired();
        builder.HasIndex(u => u.OrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
