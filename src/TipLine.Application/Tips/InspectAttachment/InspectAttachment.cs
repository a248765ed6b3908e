using Mediator;
using TipLine.Application.Authorization;
using TipLine.Application.Evidence;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tips.InspectAttachment;

/// <summary>
/// The metadata report of one file (GPS position, camera serial, author, software, dates), read from its plaintext in
/// server memory. Files above <see cref="TipAttachmentFiles.LargestInMemoryBytes"/> are not decrypted: the result says
/// so with <see cref="AttachmentInspection.TooLargeToInspect"/> and carries no report.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record InspectAttachment(Guid TipId, Guid AttachmentId) : IQuery<AttachmentInspection>;

/// <summary><see cref="FileName"/> is the sender's (untrusted) name; <see cref="Report"/> is null when the file was too large to inspect.</summary>
public sealed record AttachmentInspection(Guid TipId, Guid AttachmentId, string FileName, bool TooLargeToInspect, FileMetadataReport? Report);
