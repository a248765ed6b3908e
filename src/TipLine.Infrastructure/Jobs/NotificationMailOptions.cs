namespace TipLine.Infrastructure.Jobs;

/// <summary>
/// Optional e-mail for staff notifications (section TipLine:Smtp). Without a host nothing is mailed. The password is
/// read from a file (a container secret), never from configuration text.
/// </summary>
public sealed class NotificationMailOptions
{
    public const string SectionName = "TipLine:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS; turn off only for a relay on the same host or network.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? PasswordFile { get; set; }

    /// <summary>The back-office address the mail points to, e.g. https://tipline.example.org/office.</summary>
    public string? OfficeUrl { get; set; }

    /// <summary>
    /// The UTC hour of the daily digest. Once a day on purpose: a mail sent minutes after a whistleblower's message
    /// would date that message to the minute in every mailbox it passes through, and TipLine keeps such times to the day.
    /// </summary>
    public int DailyHourUtc { get; set; } = 6;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
