using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class TipKeyWrapConfiguration : IEntityTypeConfiguration<TipKeyWrap>
{
    public void Configure(EntityTypeBuilder<TipKeyWrap> builder)
    {
        builder.ToTable("TipKeyWraps");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Holder).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(w => w.RecipientPublicKey).HasMaxLength(ColumnLengths.AgeRecipient).IsRequired();
        builder.Property(w => w.WrappedKey).IsRequired();
        builder.HasIndex(w => new { w.TipId, w.StaffUserId });
        builder.HasIndex(w => w.StaffUserId);
        builder.HasIndex(w => w.GrantedToOrganisationId);
        builder.HasOne<Tip>().WithMany().HasForeignKey(w => w.TipId).OnDelete(DeleteBehavior.Cascade);

        // Removing a user removes their access; removing an organisation with live grants is refused.
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(w => w.StaffUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(w => w.GrantedToOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
