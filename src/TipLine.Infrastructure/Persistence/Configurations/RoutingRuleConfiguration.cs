using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Organisations;
using TipLine.Domain.Routing;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.ToTable("RoutingRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Country).HasMaxLength(2);
        builder.Property(r => r.TaxonGroup).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Platform).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Appendix).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(r => r.MinimumUrgency).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.HasIndex(r => r.OwnerOrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.TargetOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
