using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.FollowUp.ReadReplyLimits;

/// <summary>How many files, and how large, a reply on this tip may carry: its channel's limits.</summary>
[AllowWhistleblower]
public sealed record ReadReplyLimits(Guid TipId) : IQuery<ReplyLimits>;

public sealed record ReplyLimits(int MaximumFiles, long MaximumFileBytes);
