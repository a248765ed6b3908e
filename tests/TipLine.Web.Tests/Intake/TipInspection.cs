using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Padding;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Web.Tests.Intake;

/// <summary>Opens what the server stored, as an investigator holding their private key would.</summary>
internal static class TipInspection
{
    public static async Task<int> CountTipsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TipLineDbContext>().Tips.CountAsync();
    }

    /// <summary>The tip whose description contains <paramref name="marker"/>, opened with the investigator's key.</summary>
    public static async Task<OpenedTip> OpenByMarkerAsync(IServiceProvider services, X25519Identity investigator, string marker)
    {
        await using var scope = services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<TipLineDbContext>().Tips.AsNoTracking().Select(t => t.Id).ToListAsync();
        var matches = new List<OpenedTip>();
        foreach (var id in ids)
        {
            var opened = await OpenAsync(scope.ServiceProvider, id, investigator);
            if (opened.Answers.Description.Contains(marker, StringComparison.Ordinal))
            {
                matches.Add(opened);
            }
        }

        return Assert.Single(matches);
    }

    public static async Task<OpenedTip> OpenAsync(IServiceProvider services, Guid tipId, X25519Identity investigator)
    {
        var database = services.GetRequiredService<TipLineDbContext>();
        var blobs = services.GetRequiredService<IBlobStore>();
        var tip = await database.Tips.AsNoTracking().SingleAsync(t => t.Id == tipId);
        var recipient = investigator.Recipient.ToString();
        var wrap = await database.TipKeyWraps.AsNoTracking().SingleAsync(w => w.TipId == tipId && w.RecipientPublicKey == recipient);
        using var tipKey = TipKey.Unwrap(wrap.WrappedKey, investigator);
        var answers = TipAnswers.FromUtf8Json(TipSealing.OpenWithTipKey(tip.AnswersCiphertext, tipKey));
        var messages = new List<(Domain.Messaging.MessageDirection Direction, MessageBody Body)>();
        foreach (var message in await database.Messages.AsNoTracking().Where(m => m.TipId == tipId).OrderBy(m => m.Sequence).ToListAsync())
        {
            messages.Add((message.Direction, MessageBody.FromUtf8Json(TipSealing.OpenWithTipKey(message.BodyCiphertext, tipKey))));
        }

        var files = new List<(Attachment Attachment, byte[] Plaintext)>();
        foreach (var attachment in await database.Attachments.AsNoTracking().Where(a => a.TipId == tipId).ToListAsync())
        {
            await using var blob = await blobs.OpenReadAsync(attachment.BlobName);
            await using var plaintext = new PaddingReadStream(AgeDecryptor.OpenDecryptingStream(blob, [tipKey]));
            using var copy = new MemoryStream();
            await plaintext.CopyToAsync(copy);
            files.Add((attachment, copy.ToArray()));
        }

        var wrapCount = await database.TipKeyWraps.CountAsync(w => w.TipId == tipId);
        return new OpenedTip(tip, answers, messages, files, wrapCount);
    }
}

internal sealed record OpenedTip(
    Tip Tip,
    TipAnswers Answers,
    IReadOnlyList<(Domain.Messaging.MessageDirection Direction, MessageBody Body)> Messages,
    IReadOnlyList<(Attachment Attachment, byte[] Plaintext)> Files,
    int WrapCount);
