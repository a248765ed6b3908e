using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class TakedownNoticeConfiguration : IEntityTypeConfiguration<TakedownNotice>
{
    public void Configure(EntityTypeBuilder<TakedownNotice> builder)
    {
        builder.ToTable("TakedownNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Ciphertext).IsRequired();
        builder.HasIndex(n => n.CaseId);
        builder.HasIndex(n => n.PlatformOrganisationId);
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.PlatformOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.IssuedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
