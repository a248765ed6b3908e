using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("Channels");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Slug).HasMaxLength(ColumnLengths.ShortName).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(ColumnLengths.LongText).IsRequired();
        builder.Property(c => c.Languages).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
