using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.FollowUp.ReadReplyLimits;
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
        var status = await database.Tips.AsNoTracking()
            .Where(t => t.Id == request.TipId)
            .Select(t => (TipStatus?)t.Status)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (status is null or TipStatus.Closed or TipStatus.Destroyed)
        {
            return [new(nameof(request.TipId), TipClosed)];
        }

        var limits = await ReadReplyLimitsHandler.ForTipAsync(database, request.TipId, cancellationToken).ConfigureAwait(false);
        var problems = new List<ValidationProblem>();
        if (!SubmitTipValidator.IsSingleRecipientAgeFile(request.BodyCiphertext, SubmitTipLimits.MaximumMessageCiphertextBytes))
        {
            problems.Add(new(nameof(request.BodyCiphertext), BodyMalformed));
        }

        if (SubmitTipValidator.CheckFiles(request.Files ?? [], limits.MaximumFiles, limits.MaximumFileBytes, nameof(request.Files)) is { } fileProblem)
        {
            problems.Add(fileProblem);
        }

        return problems;
    }
}
