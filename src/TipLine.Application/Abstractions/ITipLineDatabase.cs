using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TipLine.Domain.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Notifications;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Routing;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Abstractions;

/// <summary>The persistence handlers use; implemented by the EF Core context in TipLine.Infrastructure for every provider.</summary>
public interface ITipLineDatabase
{
    DbSet<Organisation> Organisations { get; }

    DbSet<StaffUser> StaffUsers { get; }

    DbSet<Channel> Channels { get; }

    DbSet<Tip> Tips { get; }

    DbSet<Attachment> Attachments { get; }

    DbSet<TipKeyWrap> TipKeyWraps { get; }

    DbSet<ReceiptIndexEntry> ReceiptIndex { get; }

    DbSet<Case> Cases { get; }

    DbSet<CaseRouting> CaseRoutings { get; }

    DbSet<Message> Messages { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<StaffSession> StaffSessions { get; }

    DbSet<StaffInvitation> StaffInvitations { get; }

    DbSet<CaseNote> CaseNotes { get; }

    DbSet<TakedownNotice> TakedownNotices { get; }

    DbSet<RoutingRule> RoutingRules { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<RewardProgramme> RewardProgrammes { get; }

    DbSet<SanctionEntry> SanctionEntries { get; }

    DbSet<RewardReferral> RewardReferrals { get; }

    DbSet<RewardNotice> RewardNotices { get; }

    DbSet<RewardClaim> RewardClaims { get; }

    DbSet<AwardProposal> AwardProposals { get; }

    DbSet<RewardPayment> RewardPayments { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Null when a transaction is already open (nested use cases join the outer one).</summary>
    Task<IDbContextTransaction?> BeginTransactionIfNoneAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a transaction-scoped exclusive lock on the audit log, so concurrent appends queue behind one another
    /// instead of computing the same next sequence and colliding on its primary key. It is released when the current
    /// transaction commits or rolls back; calling it with no transaction open throws <see cref="InvalidOperationException"/>.
    /// </summary>
    Task LockAuditLogAsync(CancellationToken cancellationToken = default);
}
