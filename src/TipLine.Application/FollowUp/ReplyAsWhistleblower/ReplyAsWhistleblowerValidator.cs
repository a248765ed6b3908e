using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Application.Validation;
using TipLine.Domain.Tips;

namespace TipLine.Application.FollowUp.ReplyAsWhistleblower;

/// <summary>The tip must still be open to answers; the body and files must be age files to one recipient within the channel's limits.</summary>
public sealed class ReplyAsWhistleblowerValidator(ITipLineDatabase database) : IValidator<ReplyAsWhistleblower>
{
    public const string TipClosed = "followup.tip.closed";
    public const string BodyMalformed = "followup.body.malformed";

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReplyAsWhistleblower request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tip = await database.Tips.AsNoTracking()
            .Where(t => t.Id == request.TipId)
            .Select(t => new { t.Status, t.ChannelId })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (tip is null || tip.Status is TipStatus.Closed or TipStatus.Destroyed)
        {
            return [new(nameof(request.TipId), TipClosed)];
        }

        var limits = await database.Channels.AsNoTracking()
            .Where(c => c.Id == tip.ChannelId)
            .Select(c => new { c.MaximumFiles, c.MaximumFileBytes })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<ValidationProblem>();
        if (!SubmitTipValidator.IsSingleRecipientAgeFile(request.BodyCiphertext, SubmitTipLimits.MaximumMessageCiphertextBytes))
        {
            problems.Add(new(nameof(request.BodyCiphertext), BodyMalformed));
        }

        var files = request.Files ?? [];
        var maximumCiphertext = SubmitTipLimits.MaximumFileCiphertextBytes(limits.MaximumFileBytes);
        if (files.Count > limits.MaximumFiles)
        {
            problems.Add(new(nameof(request.Files), SubmitTipValidator.TooManyFiles));
        }
        else if (files.Any(f => f.Length > maximumCiphertext))
        {
            problems.Add(new(nameof(request.Files), SubmitTipValidator.FileTooLarge));
        }
        else if (files.Any(f => !SubmitTipValidator.IsSingleRecipientAgeFile(f, maximumCiphertext)))
        {
            problems.Add(new(nameof(request.Files), SubmitTipValidator.FileMalformed));
        }

        return problems;
    }
}
