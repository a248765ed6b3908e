using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Cases;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Claims.FileRewardClaim;

public sealed class FileRewardClaimHandler(ITipLineDatabase database, TimeProvider clock) : ICommandHandler<FileRewardClaim, Guid>
{
    public async ValueTask<Guid> Handle(FileRewardClaim command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var notice = await database.RewardNotices.AsNoTracking().SingleAsync(n => n.Id == command.NoticeId, cancellationToken).ConfigureAwait(false);
        var claim = new RewardClaim(Guid.NewGuid(), notice.Id, notice.ProgrammeId, notice.CaseId, command.TipId, command.Kind, command.Ciphertext, clock.Today());

        // The validator matched the file's recipient count to these recipients; the digest says whom it is meant for.
        claim.RecordSealedFor(RecipientDigest.Of(await database.ClaimRecipientsAsync(notice.ProgrammeId, command.TipId, cancellationToken).ConfigureAwait(false)));
        database.RewardClaims.Add(claim);
        try
        {
            await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // The validator proved the notice and tip exist, so the one constraint a concurrent submission (a double
            // click, a retry) can still break is the unique (notice, tip) index: the other request's claim stands.
            throw CaseWorkflow.Refusal(nameof(FileRewardClaim), nameof(command.NoticeId), FileRewardClaimValidator.AlreadyClaimed);
        }

        return claim.Id;
    }
}
