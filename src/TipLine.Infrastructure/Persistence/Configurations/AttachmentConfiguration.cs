using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Messaging;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.BlobName).HasMaxLength(ColumnLengths.BlobName).IsRequired();
        builder.Property(a => a.CiphertextSha256).HasMaxLength(ColumnLengths.Sha256).IsRequired();
        builder.HasIndex(a => new { a.TipId, a.MessageId, a.Position });
        builder.HasIndex(a => a.MessageId);
        builder.HasOne<Tip>().WithMany().HasForeignKey(a => a.TipId).OnDelete(DeleteBehavior.Cascade);

        // NO ACTION, not CASCADE: the tip already cascades to both, and SQL Server refuses two cascade paths.
        builder.HasOne<Message>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.NoAction);
    }
}
