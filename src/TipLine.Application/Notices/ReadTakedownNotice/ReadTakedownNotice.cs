using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Notices.ReadTakedownNotice;

/// <summary>
/// One takedown notice, decrypted with the actor's key: for the platform it is addressed to, and for the organisation
/// that issued it. <see cref="TakedownNoticeView.Content"/> is null for a member the notice was not encrypted to
/// (one who joined after it was issued).
/// </summary>
[RequiresRole(StaffRoles.EnforcementOfficer, StaffRoles.IntakeInvestigator)]
public sealed record ReadTakedownNotice(Guid NoticeId) : IQuery<TakedownNoticeView>;

public sealed record TakedownNoticeView(TakedownNoticeSummary Summary, TakedownNoticeContent? Content, bool CanRecordActedOn);
