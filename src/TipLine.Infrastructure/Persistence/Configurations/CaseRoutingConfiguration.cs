using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class CaseRoutingConfiguration : IEntityTypeConfiguration<CaseRouting>
{
    public void Configure(EntityTypeBuilder<CaseRouting> builder)
    {
        builder.ToTable("CaseRoutings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.CaseId, r.OrganisationId });
        builder.HasIndex(r => r.OrganisationId);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.RoutedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
