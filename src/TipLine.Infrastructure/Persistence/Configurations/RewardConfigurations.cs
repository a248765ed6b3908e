using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Persistence.Configurations;

/// <summary>
/// Money columns: 19 digits with 4 decimals hold every ISO 4217 minor unit (0–3) and amounts up to 10^15; percentages
/// 5 digits with 2 decimals. SQLite stores decimals as text, so sums are taken in memory (AwardLedger, SanctionLedger).
/// </summary>
internal static class RewardColumns
{
    public const int MoneyPrecision = 19;
    public const int MoneyScale = 4;
    public const int PercentPrecision = 5;
    public const int PercentScale = 2;
    public const int Currency = 3;
    public const int Reference = 200;
}

internal sealed class RewardProgrammeConfiguration : IEntityTypeConfiguration<RewardProgramme>
{
    public void Configure(EntityTypeBuilder<RewardProgramme> builder)
    {
        builder.ToTable("RewardProgrammes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(RewardProgrammeTerms.MaximumNameLength).IsRequired();
        builder.Property(p => p.LegalBasis).HasMaxLength(RewardProgrammeTerms.MaximumTextLength).IsRequired();
        builder.Property(p => p.Jurisdiction).HasMaxLength(2).IsRequired();
        builder.Property(p => p.MinimumPercent).HasPrecision(RewardColumns.PercentPrecision, RewardColumns.PercentScale);
        builder.Property(p => p.MaximumPercent).HasPrecision(RewardColumns.PercentPrecision, RewardColumns.PercentScale);
        builder.Property(p => p.MinimumCollected).HasPrecision(RewardColumns.MoneyPrecision, RewardColumns.MoneyScale);
        builder.Property(p => p.Cap).HasPrecision(RewardColumns.MoneyPrecision, RewardColumns.MoneyScale);
        builder.Property(p => p.Currency).HasMaxLength(RewardColumns.Currency).IsRequired();
        builder.Property(p => p.Exclusions).HasMaxLength(RewardProgrammeTerms.MaximumTextLength).IsRequired();
        builder.Property(p => p.Factors).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Ignore(p => p.FactorList);
        builder.HasIndex(p => p.OrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SanctionEntryConfiguration : IEntityTypeConfiguration<SanctionEntry>
{
    public void Configure(EntityTypeBuilder<SanctionEntry> builder)
    {
        builder.ToTable("SanctionEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(e => e.Amount).HasPrecision(RewardColumns.MoneyPrecision, RewardColumns.MoneyScale);
        builder.Property(e => e.Currency).HasMaxLength(RewardColumns.Currency).IsRequired();
        builder.Property(e => e.Reference).HasMaxLength(RewardColumns.Reference).IsRequired();
        builder.Ignore(e => e.IsMoneyIn);

        // The sequence is the ledger's order and its append-only guard: two writers cannot both add line n.
        builder.HasIndex(e => new { e.CaseId, e.Sequence }).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SanctionEntry>().WithMany().HasForeignKey(e => e.CorrectsEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(e => e.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RewardReferralConfiguration : IEntityTypeConfiguration<RewardReferral>
{
    public void Configure(EntityTypeBuilder<RewardReferral> builder)
    {
        builder.ToTable("RewardReferrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.CaseId, r.ProgrammeId }).IsUnique();
        builder.HasIndex(r => r.ProgrammeId);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RewardProgramme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.ReferredByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RewardNoticeConfiguration : IEntityTypeConfiguration<RewardNotice>
{
    public void Configure(EntityTypeBuilder<RewardNotice> builder)
    {
        builder.ToTable("RewardNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasIndex(n => n.ReferralId).IsUnique();
        builder.HasIndex(n => n.CaseId);
        builder.HasIndex(n => n.ProgrammeId);
        builder.HasOne<RewardReferral>().WithMany().HasForeignKey(n => n.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RewardProgramme>().WithMany().HasForeignKey(n => n.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.PostedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RewardClaimConfiguration : IEntityTypeConfiguration<RewardClaim>
{
    public void Configure(EntityTypeBuilder<RewardClaim> builder)
    {
        builder.ToTable("RewardClaims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(c => c.Ciphertext).IsRequired();
        builder.Property(c => c.AwardPercent).HasPrecision(RewardColumns.PercentPrecision, RewardColumns.PercentScale);
        builder.Property(c => c.AppealReference).HasMaxLength(RewardColumns.Reference);
        builder.Property(c => c.SealedFor).HasMaxLength(ColumnLengths.Sha256);
        builder.Ignore(c => c.IsPayable);
        builder.Ignore(c => c.IsContested);
        builder.Ignore(c => c.IsShredded);

        // One claim per tip and notice: a second submission (a double click, a retry) is refused, not duplicated.
        builder.HasIndex(c => new { c.NoticeId, c.TipId }).IsUnique();
        builder.HasIndex(c => c.TipId);
        builder.HasIndex(c => new { c.ProgrammeId, c.Status });
        builder.HasOne<RewardNotice>().WithMany().HasForeignKey(c => c.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RewardProgramme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tip>().WithMany().HasForeignKey(c => c.TipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardProposalConfiguration : IEntityTypeConfiguration<AwardProposal>
{
    public void Configure(EntityTypeBuilder<AwardProposal> builder)
    {
        builder.ToTable("AwardProposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(p => p.Percent).HasPrecision(RewardColumns.PercentPrecision, RewardColumns.PercentScale);
        builder.Property(p => p.ReasonsCiphertext).IsRequired();
        builder.Property(p => p.SealedFor).HasMaxLength(ColumnLengths.Sha256);
        builder.HasIndex(p => p.ClaimId);
        builder.HasOne<RewardClaim>().WithMany().HasForeignKey(p => p.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.ProposedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RewardPaymentConfiguration : IEntityTypeConfiguration<RewardPayment>
{
    public void Configure(EntityTypeBuilder<RewardPayment> builder)
    {
        builder.ToTable("RewardPayments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(p => p.Amount).HasPrecision(RewardColumns.MoneyPrecision, RewardColumns.MoneyScale);
        builder.Property(p => p.Currency).HasMaxLength(RewardColumns.Currency).IsRequired();
        builder.Property(p => p.Reference).HasMaxLength(RewardColumns.Reference).IsRequired();
        builder.Ignore(p => p.SignedAmount);
        builder.HasIndex(p => new { p.ClaimId, p.Sequence }).IsUnique();

        // A payment can be reversed once: the second reversal collides here even if two officers race.
        builder.HasIndex(p => p.ReversesPaymentId).IsUnique();
        builder.HasOne<RewardClaim>().WithMany().HasForeignKey(p => p.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RewardPayment>().WithMany().HasForeignKey(p => p.ReversesPaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
