using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TipLine.Application.Abstractions;

namespace TipLine.Infrastructure.Jobs;

/// <summary>
/// Daily digest: one short mail per staff member with a notification address and unread, not yet mailed
/// notifications, saying only how many there are and where to sign in. No kind, id, case reference or day: a
/// mailbox is outside TipLine's protection, and even a case reference could tie its owner to a case.
/// A user's notifications are marked mailed after their mail was accepted, so a failure is retried on the next run
/// and a re-run sends nothing twice; a crash in between is the only way to get a second mail. Read notifications are
/// marked mailed without a mail. Without SMTP configured the job does nothing.
/// </summary>
public sealed class NotificationMailer(
    ITipLineDatabase database,
    IOptions<NotificationMailOptions> options,
    ILogger<NotificationMailer> logger)
{
    /// <summary>Recurring-job entry point; returns how many mails were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return 0;
        }

        var recipients = await database.StaffUsers.AsNoTracking()
            .Where(u => !u.IsDisabled && u.NotificationEmail != null)
            .Select(u => new { u.Id, Address = u.NotificationEmail!, u.Language })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        using var smtp = CreateClient(settings);
        var sent = 0;
        foreach (var recipient in recipients)
        {
            var pending = await database.Notifications
                .Where(n => n.StaffUserId == recipient.Id && !n.IsMailed)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            if (pending.Count == 0)
            {
                continue;
            }

            var unread = pending.Count(n => !n.IsRead);
            if (unread > 0)
            {
                using var mail = Compose(settings, recipient.Address, recipient.Language, unread);
                try
                {
                    await smtp.SendMailAsync(mail, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (error is SmtpException or FormatException or InvalidOperationException)
                {
                    // Left unmailed, so the next run tries again; the address is not logged.
                    logger.LogWarning(error, "A notification mail could not be sent to staff member {UserId}", recipient.Id);
                    continue;
                }

                sent++;
            }

            foreach (var notification in pending)
            {
                notification.MarkMailed();
            }

            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        var transaction = await database.BeginTransactionIfNoneAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The notification mailer commits its own work; run it outside any transaction.");
        await using (transaction.ConfigureAwait(false))
        {
            await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static SmtpClient CreateClient(NotificationMailOptions settings)
    {
        var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)TimeSpan.FromSeconds(60).TotalMilliseconds,
        };
        if (!string.IsNullOrWhiteSpace(settings.UserName))
        {
            var password = string.IsNullOrWhiteSpace(settings.PasswordFile) ? string.Empty : File.ReadAllText(settings.PasswordFile).Trim();
            client.Credentials = new NetworkCredential(settings.UserName, password);
        }

        return client;
    }

    private static MailMessage Compose(NotificationMailOptions settings, string address, string language, int count)
    {
        var text = DigestText.For(language, count, settings.OfficeUrl);
        return new MailMessage(settings.From!, address)
        {
            Subject = text.Subject,
            Body = text.Body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
    }

    /// <summary>The digest's words in the user's back-office language; English for anything else.</summary>
    private sealed record DigestText(string Subject, string Body)
    {
        public static DigestText For(string language, int count, string? officeUrl)
        {
            var n = count.ToString(CultureInfo.InvariantCulture);
            var (subject, items, signIn, nothingMore) = language switch
            {
                "fr" => (
                    "TipLine : nouveaux éléments",
                    count == 1 ? "Vous avez 1 nouvel élément dans le back-office de TipLine." : $"Vous avez {n} nouveaux éléments dans le back-office de TipLine.",
                    "Connectez-vous pour les consulter :",
                    "Ce message ne contient volontairement rien d'autre."),
                "es" => (
                    "TipLine: elementos nuevos",
                    count == 1 ? "Tiene 1 elemento nuevo en el back office de TipLine." : $"Tiene {n} elementos nuevos en el back office de TipLine.",
                    "Inicie sesión para verlos:",
                    "Este mensaje no contiene nada más a propósito."),
                _ => (
                    "TipLine: new items",
                    count == 1 ? "You have 1 new item in the TipLine back office." : $"You have {n} new items in the TipLine back office.",
                    "Sign in to see them:",
                    "This message deliberately says nothing more."),
            };
            var body = new StringBuilder(items).Append("\r\n\r\n");
            if (!string.IsNullOrWhiteSpace(officeUrl))
            {
                body.Append(signIn).Append(' ').Append(officeUrl.Trim()).Append("\r\n\r\n");
            }

            body.Append(nothingMore).Append("\r\n");
            return new DigestText(subject, body.ToString());
        }
    }
}
