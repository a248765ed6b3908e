using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Crypto.Age;
using TipLine.Domain.Time;

namespace TipLine.Application.Cases.ExportCase;

/// <summary>
/// Gathers everything before any byte is written (so refusals and "not found" come before the audit entry and the
/// download): a case the actor's organisation cannot see, or a tip of it whose key the actor holds no wrap of, is
/// "not found" — an export that silently left a tip out would mislead a court.
/// </summary>
public sealed class ExportCaseHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys, IBlobStore blobs, IAuditSigner serverSigner, TimeProvider clock)
    : ICommandHandler<ExportCase, CaseExport>
{
    public async ValueTask<CaseExport> Handle(ExportCase command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisationId = actor.RequireOrganisation();
        var @case = await database.Cases.VisibleTo(database, organisationId).AsNoTracking()
            .Where(c => c.Id == command.CaseId && c.DestroyedOn == null)
            .Select(c => new { c.Id, c.Reference })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("case");
        var organisation = await database.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId).Select(o => o.Name)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var tips = await database.Tips.VisibleTo(database, organisationId).AsNoTracking()
            .Where(t => t.CaseId == @case.Id)
            .OrderBy(t => t.ReceivedOn).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.ReceivedOn, t.AnswersCiphertext, t.IntakeSignature })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var tipIds = tips.Select(t => t.Id).ToList();
        var messages = await database.Messages.AsNoTracking()
            .Where(m => tipIds.Contains(m.TipId))
            .OrderBy(m => m.Sequence)
            .Select(m => new { m.Id, m.TipId, m.Sequence, m.Direction, m.SentOn, m.BodyCiphertext })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var attachments = await database.Attachments.AsNoTracking()
            .Where(a => tipIds.Contains(a.TipId))
            .OrderBy(a => a.MessageId).ThenBy(a => a.Position)
            .Select(a => new { a.Id, a.TipId, a.MessageId, a.Position, a.BlobName, a.CiphertextSha256 })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var keys = await tipKeys.OpenReadableAsync(tipIds, cancellationToken).ConfigureAwait(false);
        if (tipIds.Any(id => !keys.ContainsKey(id)))
        {
            foreach (var key in keys.Values)
            {
                key.Dispose();
            }

            throw new NotFoundException("tip");
        }

        var exportedTips = tips.Select(t => new CaseExport.ExportedTip(
            t.Id,
            t.ReceivedOn,
            t.AnswersCiphertext,
            t.IntakeSignature,
            keys[t.Id],
            messages.Where(m => m.TipId == t.Id)
                .Select(m => new CaseExport.ExportedMessage(m.Id, m.Sequence, m.Direction, m.SentOn, m.BodyCiphertext))
                .ToList(),
            attachments.Where(a => a.TipId == t.Id)
                .Select(a => new CaseExport.ExportedFile(a.Id, a.MessageId, a.Position, a.BlobName, a.CiphertextSha256))
                .ToList())).ToList();
        return new CaseExport(
            @case.Reference,
            organisation,
            clock.Today(),
            X25519Recipient.Parse(command.Recipient.Trim()),
            serverSigner.PublicKey,
            exportedTips,
            blobs);
    }
}
