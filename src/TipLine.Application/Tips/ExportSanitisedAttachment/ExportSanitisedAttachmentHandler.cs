using Mediator;
using TipLine.Application.Errors;
using TipLine.Application.Evidence;

namespace TipLine.Application.Tips.ExportSanitisedAttachment;

/// <summary>
/// Whether a file can be cleaned is known only once it is decrypted, so the refusals come from here rather than a
/// validator; they are validation problems all the same, so the page shows them in the user's language.
/// </summary>
public sealed class ExportSanitisedAttachmentHandler(TipAttachmentFiles files) : ICommandHandler<ExportSanitisedAttachment, SanitisedCopy>
{
    public const string TooLarge = "tip.file.tooLargeToInspect";
    public const string CannotSanitise = "tip.file.cannotSanitise";

    public async ValueTask<SanitisedCopy> Handle(ExportSanitisedAttachment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var file = await files.OpenAsync(command.TipId, command.AttachmentId, cancellationToken).ConfigureAwait(false);
        using var plaintext = await files.ReadIntoMemoryAsync(file, cancellationToken).ConfigureAwait(false)
            ?? throw Refused(command, TooLarge);
        // Sized up front so the stream never regrows and leaves unwiped copies of the plaintext behind.
        using var output = new MemoryStream(plaintext.Content.Length);
        var result = FileMetadata.Sanitise(plaintext.Content, file.FileName, output);
        if (!result.Sanitised)
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(output.GetBuffer());
            throw Refused(command, CannotSanitise);
        }

        return new SanitisedCopy("sanitised-" + file.FileName, output.GetBuffer(), (int)output.Length, result.ItemsRemoved);
    }

    private static RequestValidationException Refused(ExportSanitisedAttachment command, string key) =>
        new(nameof(ExportSanitisedAttachment), [new(nameof(command.AttachmentId), key)]);
}
