using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tips.ExportSanitisedAttachment;

/// <summary>
/// A copy of one file without its identifying metadata, made in server memory. Audited like a download. Refused (no
/// copy, no audit entry) when the file is too large to hold in memory or its format cannot be cleaned.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ExportSanitisedAttachment(Guid TipId, Guid AttachmentId) : ICommand<SanitisedCopy>, IAuditedRequest<SanitisedCopy>
{
    public AuditedAction DescribeForAudit(SanitisedCopy response) =>
        new("tip.file.export-sanitised", nameof(Attachment), AttachmentId.ToString("D"));
}

/// <summary>The cleaned file, to be written out and then wiped (<see cref="Dispose"/>); <see cref="FileName"/> is derived from the sender's name.</summary>
public sealed class SanitisedCopy(string fileName, byte[] buffer, int length, int itemsRemoved) : IDisposable
{
    public string FileName { get; } = fileName;

    public ReadOnlyMemory<byte> Content => buffer.AsMemory(0, length);

    public int ItemsRemoved { get; } = itemsRemoved;

    public void Dispose() => System.Security.Cryptography.CryptographicOperations.ZeroMemory(buffer);
}
