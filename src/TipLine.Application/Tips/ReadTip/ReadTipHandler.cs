using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;

namespace TipLine.Application.Tips.ReadTip;

public sealed class ReadTipHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys) : IQueryHandler<ReadTip, TipReading>
{
    public async ValueTask<TipReading> Handle(ReadTip query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var tip = await database.Tips.AsNoTracking()
            .VisibleTo(database, organisationId)
            .Where(t => t.Id == query.TipId)
            .Join(database.Channels, t => t.ChannelId, c => c.Id, (t, c) => new { Tip = t, ChannelName = c.Name })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("tip");
        var caseReference = tip.Tip.CaseId is { } caseId
            ? await database.Cases.AsNoTracking().VisibleTo(database, organisationId)
                .Where(c => c.Id == caseId).Select(c => c.Reference)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var messages = await database.Messages.AsNoTracking()
            .Where(m => m.TipId == query.TipId)
            .OrderBy(m => m.Sequence)
            .Select(m => new
            {
                m.Id,
                m.Sequence,
                m.Direction,
                m.SentOn,
                m.ReadByRecipient,
                m.BodyCiphertext,
                AuthorName = database.StaffUsers.Where(u => u.Id == m.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var attachments = await database.Attachments.AsNoTracking()
            .Where(a => a.TipId == query.TipId)
            .OrderBy(a => a.Position)
            .Select(a => new { a.Id, a.MessageId, a.Position, a.CiphertextLength })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        using var tipKey = await tipKeys.OpenAsync(query.TipId, cancellationToken).ConfigureAwait(false);
        var answers = UntrustedDocument.TryOpen(() => TipAnswers.Open(tip.Tip.AnswersCiphertext, tipKey));
        IReadOnlyList<TipFile> FilesOf(Guid? messageId, IReadOnlyList<AttachmentDescription>? described) => attachments
            .Where(a => a.MessageId == messageId)
            .Select(a => described?.ElementAtOrDefault(a.Position) is { } file
                ? new TipFile(a.Id, messageId, a.Position, TipAttachmentFiles.NameOf(file), file.Type ?? string.Empty, file.Size)
                : new TipFile(a.Id, messageId, a.Position, TipAttachmentFiles.NameOf(null), string.Empty, a.CiphertextLength))
            .ToList();

        var conversation = messages.Select(m =>
        {
            var body = UntrustedDocument.TryOpen(() => MessageBody.Open(m.BodyCiphertext, tipKey));
            return new TipMessage(m.Id, m.Sequence, m.Direction, m.SentOn, m.AuthorName, m.ReadByRecipient, body is null ? null : body.Body ?? string.Empty, FilesOf(m.Id, body?.Files));
        }).ToList();
        return new TipReading(
            tip.Tip.Id,
            tip.ChannelName,
            tip.Tip.Status,
            tip.Tip.ReceivedOn,
            tip.Tip.AcknowledgedOn,
            tip.Tip.AcknowledgeBy,
            tip.Tip.FeedbackBy,
            tip.Tip.FeedbackGivenOn,
            tip.Tip.CaseId,
            caseReference,
            answers,
            FilesOf(null, answers?.Files),
            conversation);
    }
}
