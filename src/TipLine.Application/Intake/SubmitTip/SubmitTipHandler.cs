using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.Plaintext;
using TipLine.Domain.Messaging;
using TipLine.Domain.Time;
using TipLine.Domain.Tips;
using TipLine.Crypto.Signing;

namespace TipLine.Application.Intake.SubmitTip;

/// <summary>
/// Makes the files durable (fsync, rename) and then adds the tip, its wraps, its receipt index entry, its attachments
/// and the acknowledgement; the transaction behaviour commits them together. A crash between the two leaves only
/// blob files nobody references, which the orphan sweep deletes; it never leaves half a tip.
/// </summary>
public sealed class SubmitTipHandler(
    ITipLineDatabase database,
    OpenChannels openChannels,
    IAuditSigner serverSigner,
    RecentlyCommittedBlobs recentlyCommitted,
    TimeProvider clock) : ICommandHandler<SubmitTip, SubmittedTip>
{
    public async ValueTask<SubmittedTip> Handle(SubmitTip command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        // The validator found it open moments ago; the same snapshot is the one the wraps were checked against.
        var channel = await openChannels.FindAsync(command.ChannelSlug, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The channel closed while the tip was being stored.");
        var recipients = channel.Recipients;
        var today = clock.Today();
        var tipId = Guid.NewGuid();

        await UploadedFiles.StoreAsync(database, recentlyCommitted, tipId, messageId: null, command.Files, today, cancellationToken).ConfigureAwait(false);

        var pieceHashes = command.Files.Select(f => Convert.ToHexStringLower(f.Sha256))
            .Prepend(IntakeRecord.HashPiece(command.AnswersCiphertext));
        var record = new IntakeRecord(tipId, today, pieceHashes);
        var tip = new Tip(
            tipId,
            channel.Channel.Id,
            today,
            command.TipRecipient,
            command.WhistleblowerRecipient,
            command.AnswersCiphertext,
            serverSigner.Sign(record.ToCanonicalBytes()));
        database.Tips.Add(tip);
        database.ReceiptIndex.Add(new ReceiptIndexEntry(command.LookupHash, tipId));

        var staffByRecipient = recipients.ToDictionary(r => r.Recipient, r => r.StaffUserId, StringComparer.Ordinal);
        foreach (var wrap in command.Wraps)
        {
            var isWhistleblower = string.Equals(wrap.Recipient, command.WhistleblowerRecipient, StringComparison.Ordinal);
            var staffUserId = isWhistleblower ? null : staffByRecipient[wrap.Recipient];
            var holder = isWhistleblower ? KeyWrapHolder.Whistleblower
                : staffUserId is null ? KeyWrapHolder.Escrow
                : KeyWrapHolder.StaffUser;
            database.TipKeyWraps.Add(new TipKeyWrap(
                Guid.NewGuid(),
                tipId,
                holder,
                staffUserId,
                holder == KeyWrapHolder.StaffUser ? channel.Channel.OrganisationId : null,
                wrap.Recipient,
                wrap.Wrap));
        }

        var acknowledgement = new MessageBody(command.AcknowledgementText, []);
        database.Messages.Add(new Message(
            Guid.NewGuid(),
            tipId,
            sequence: 1,
            MessageDirection.ToWhistleblower,
            authorUserId: null,
            acknowledgement.SealForTip(command.TipRecipient),
            today));
        tip.Acknowledge(today);
        return new SubmittedTip(tipId);
    }
}
