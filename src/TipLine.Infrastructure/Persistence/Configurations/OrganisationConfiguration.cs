using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Organisations;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(o => o.Jurisdictions).HasMaxLength(ColumnLengths.CountryList).IsRequired();
        builder.Property(o => o.EscrowRecipient).HasMaxLength(ColumnLengths.AgeRecipient);
        builder.Ignore(o => o.JurisdictionCodes);
    }
}
