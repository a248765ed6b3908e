using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Crypto.Age;
using TipLine.Application.Intake.Plaintext;

namespace TipLine.Application.Notices.ReadTakedownNotice;

public sealed class ReadTakedownNoticeHandler(ITipLineDatabase database, ICurrentActor actor, IStaffSessionKey sessionKey)
    : IQueryHandler<ReadTakedownNotice, TakedownNoticeView>
{
    public async ValueTask<TakedownNoticeView> Handle(ReadTakedownNotice query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var notice = await database.AddressedToOrIssuedBy(organisationId).AsNoTracking()
            .Where(n => n.Id == query.NoticeId)
            .Select(n => new { n.Ciphertext, n.PlatformOrganisationId })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("takedown notice");
        var summary = await database.TakedownNotices.Where(n => n.Id == query.NoticeId).Summaries(database)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return new TakedownNoticeView(summary, Open(notice.Ciphertext), notice.PlatformOrganisationId == organisationId);
    }

    private TakedownNoticeContent? Open(byte[] ciphertext)
    {
        using var identity = sessionKey.Open();
        try
        {
            var plaintext = TipSealing.OpenWithAnyKey(ciphertext, [identity]);
            try
            {
                return TakedownNoticeContent.FromUtf8Json(plaintext);
            }
            finally
            {
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
            }
        }
        catch (AgeException ex) when (ex.Error == AgeError.NoMatchingIdentity)
        {
            return null;
        }
    }
}
