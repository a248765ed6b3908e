using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.FollowUp.OpenWhistleblowerAttachment;

/// <summary>The blob of one attachment of the session's tip; null when the attachment belongs to another tip or does not exist.</summary>
[AllowWhistleblower]
public sealed record OpenWhistleblowerAttachment(Guid TipId, Guid AttachmentId) : IQuery<WhistleblowerAttachment?>;

public sealed record WhistleblowerAttachment(string BlobName, Guid? MessageId, int Position);
