using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Validation;
using TipLine.Crypto.Age;
using TipLine.Crypto.Age.Inspection;

namespace TipLine.Application.Intake.SubmitTip;

/// <summary>
/// Refuses anything the server can see is wrong before a byte is stored: an unknown or closed channel, keys that are
/// not age X25519 recipients, ciphertext that is not an age file to one recipient, wraps that do not match the
/// channel's recipients plus the whistleblower, too many or too large files, a receipt already in use.
/// </summary>
public sealed class SubmitTipValidator(ITipLineDatabase database, OpenChannels openChannels) : IValidator<SubmitTip>
{
    public const string ChannelNotFound = "intake.channel.notFound";
    public const string ChannelHasNoRecipients = "intake.channel.noRecipients";
    public const string TipRecipientInvalid = "intake.tipRecipient.invalid";
    public const string WhistleblowerRecipientInvalid = "intake.whistleblowerRecipient.invalid";
    public const string LookupHashInvalid = "intake.lookupHash.invalid";
    public const string ReceiptTaken = "intake.receipt.taken";
    public const string AnswersMalformed = "intake.answers.malformed";
    public const string WrapsMalformed = "intake.wraps.malformed";
    public const string WrapsDoNotMatchRecipients = "intake.wraps.mismatch";
    public const string TooManyFiles = "intake.files.tooMany";
    public const string FileTooLarge = "intake.files.tooLarge";
    public const string FileMalformed = "intake.files.malformed";

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SubmitTip request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        var channel = await openChannels.FindAsync(request.ChannelSlug, cancellationToken).ConfigureAwait(false);
        if (channel is null)
        {
            return [new(nameof(request.ChannelSlug), ChannelNotFound)];
        }

        var recipients = channel.Recipients;
        if (recipients.Count == 0)
        {
            return [new(nameof(request.ChannelSlug), ChannelHasNoRecipients)];
        }

        if (!X25519Recipient.TryParse(request.TipRecipient ?? string.Empty, out _))
        {
            problems.Add(new(nameof(request.TipRecipient), TipRecipientInvalid));
        }

        var whistleblowerValid = X25519Recipient.TryParse(request.WhistleblowerRecipient ?? string.Empty, out _);
        if (!whistleblowerValid)
        {
            problems.Add(new(nameof(request.WhistleblowerRecipient), WhistleblowerRecipientInvalid));
        }

        if (request.LookupHash is not { Length: 32 })
        {
            problems.Add(new(nameof(request.LookupHash), LookupHashInvalid));
        }
        else if (await database.ReceiptIndex.AnyAsync(r => r.LookupHash == request.LookupHash, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new(nameof(request.LookupHash), ReceiptTaken));
        }

        if (!IsSingleRecipientAgeFile(request.AnswersCiphertext, SubmitTipLimits.MaximumAnswersCiphertextBytes))
        {
            problems.Add(new(nameof(request.AnswersCiphertext), AnswersMalformed));
        }

        CheckWraps(request, recipients, whistleblowerValid, problems);
        if (CheckFiles(request.Files ?? [], channel.Channel.MaximumFiles, channel.Channel.MaximumFileBytes, "Files") is { } fileProblem)
        {
            problems.Add(fileProblem);
        }

        return problems;
    }

    /// <summary>True when <paramref name="file"/> is a binary age file with exactly one X25519 stanza and at most <paramref name="maximumBytes"/>.</summary>
    public static bool IsSingleRecipientAgeFile(byte[]? file, int maximumBytes)
    {
        if (file is null || file.Length == 0 || file.Length > maximumBytes)
        {
            return false;
        }

        try
        {
            return AgeFileInspector.Inspect(file).RecipientCount == 1;
        }
        catch (AgeException)
        {
            return false;
        }
    }

    /// <summary>Checks an uploaded file from its first bytes and its total length.</summary>
    public static bool IsSingleRecipientAgeFile(UploadedCiphertext file, long maximumCiphertextBytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > maximumCiphertextBytes || file.Head.Length == 0)
        {
            return false;
        }

        try
        {
            using var head = new MemoryStream(file.Head, writable: false);
            return AgeFileInspector.InspectHeader(head, file.Length).RecipientCount == 1;
        }
        catch (AgeException)
        {
            return false;
        }
    }

    private static void CheckWraps(SubmitTip request, IReadOnlyList<ChannelRecipient> recipients, bool whistleblowerValid, List<ValidationProblem> problems)
    {
        var wraps = request.Wraps ?? [];
        if (wraps.Any(w => w is null || !IsSingleRecipientAgeFile(w.Wrap, SubmitTipLimits.MaximumWrapBytes)))
        {
            problems.Add(new(nameof(request.Wraps), WrapsMalformed));
            return;
        }

        if (!whistleblowerValid)
        {
            return;
        }

        var expected = recipients.Select(r => r.Recipient).Append(request.WhistleblowerRecipient).ToHashSet(StringComparer.Ordinal);
        var given = wraps.Select(w => w.Recipient).ToList();
        if (given.Count != expected.Count || !expected.SetEquals(given))
        {
            problems.Add(new(nameof(request.Wraps), WrapsDoNotMatchRecipients));
        }
    }

    /// <summary>The problem with a set of uploaded files under a channel's limits, if any (count, then size, then shape).</summary>
    public static ValidationProblem? CheckFiles(IReadOnlyList<UploadedCiphertext> files, int maximumFiles, long maximumFileBytes, string field)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count > maximumFiles)
        {
            return new(field, TooManyFiles);
        }

        var maximumCiphertext = SubmitTipLimits.MaximumFileCiphertextBytes(maximumFileBytes);
        if (files.Any(f => f.Length > maximumCiphertext))
        {
            return new(field, FileTooLarge);
        }

        return files.Any(f => !IsSingleRecipientAgeFile(f, maximumCiphertext)) ? new(field, FileMalformed) : null;
    }
}
