using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.FollowUp.MarkStaffMessagesRead;

/// <summary>
/// The whistleblower has seen the staff messages of their tip, so they stop showing as new. <see cref="TipId"/> comes
/// only from the follow-up session. Not audited, like every whistleblower action (ADR 0017). Returns how many it marked.
/// </summary>
[AllowWhistleblower]
public sealed record MarkStaffMessagesRead(Guid TipId) : ICommand<int>;
