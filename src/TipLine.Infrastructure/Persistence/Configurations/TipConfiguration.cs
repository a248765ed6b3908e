using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Persistence.Configurations;

internal sealed class TipConfiguration : IEntityTypeConfiguration<Tip>
{
    public void Configure(EntityTypeBuilder<Tip> builder)
    {
        builder.ToTable("Tips");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(t => t.TipPublicKey).HasMaxLength(ColumnLengths.AgeRecipient).IsRequired();
        builder.Property(t => t.WhistleblowerPublicKey).HasMaxLength(ColumnLengths.AgeRecipient).IsRequired();
        builder.Property(t => t.AnswersCiphertext).IsRequired();
        builder.Property(t => t.IntakeSignature).HasMaxLength(ColumnLengths.Ed25519Signature).IsRequired();
        builder.HasIndex(t => t.ChannelId);

        // The inbox: a channel's tips not in a case, newest first, paged.
        builder.HasIndex(t => new { t.ChannelId, t.Status, t.ReceivedOn });
        builder.HasIndex(t => t.CaseId);

        // A channel that still has tips cannot be deleted: tips outlive channel configuration mistakes.
        builder.HasOne<Channel>().WithMany().HasForeignKey(t => t.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
