using System.Security.Cryptography;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Notices;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Time;

namespace TipLine.Application.Cases.IssueTakedownNotice;

public sealed class IssueTakedownNoticeHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<IssueTakedownNotice, Guid>
{
    public const string NotAPlatform = "takedown.platform.invalid";
    public const string PlatformHasNoReaders = "takedown.platform.noReaders";

    public async ValueTask<Guid> Handle(IssueTakedownNotice command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.IssueTakedownNotice, command.CaseId, nameof(IssueTakedownNotice), cancellationToken)
            .ConfigureAwait(false);
        var isPlatform = await database.Organisations
            .AnyAsync(o => o.Id == command.PlatformOrganisationId && o.Type == OrganisationType.OnlinePlatform, cancellationToken).ConfigureAwait(false);
        if (!isPlatform)
        {
            throw CaseWorkflow.Refusal(nameof(IssueTakedownNotice), nameof(command.PlatformOrganisationId), NotAPlatform);
        }

        var readers = await database.EnabledWithAnyRoleAsync([command.PlatformOrganisationId], TakedownNoticeContent.ReaderRoles, cancellationToken)
            .ConfigureAwait(false);
        if (readers.Count == 0)
        {
            throw CaseWorkflow.Refusal(nameof(IssueTakedownNotice), nameof(command.PlatformOrganisationId), PlatformHasNoReaders);
        }

        var issuerId = actor.RequireUser();
        var issuerKey = await database.StaffUsers.Where(u => u.Id == issuerId).Select(u => u.PublicKey).SingleAsync(cancellationToken).ConfigureAwait(false);
        var content = new TakedownNoticeContent(
            command.ListingUrls.Select(u => u.Trim()).ToList(),
            (command.SellerHandles ?? []).Select(h => h.Trim()).ToList(),
            command.Note?.Trim() ?? string.Empty);
        var plaintext = content.ToUtf8Json();
        try
        {
            var ciphertext = TipSealing.SealFor(plaintext, [.. readers.Select(r => r.PublicKey), issuerKey]);
            var notice = new TakedownNotice(Guid.NewGuid(), @case.Id, command.PlatformOrganisationId, issuerId, ciphertext, clock.Today());
            database.TakedownNotices.Add(notice);
            return notice.Id;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
