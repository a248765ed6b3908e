using System.Formats.Tar;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;
using TipLine.Crypto.Signing;
using TipLine.Domain.Messaging;

namespace TipLine.Application.Cases.ExportCase;

/// <summary>
/// A case ready to be written out as one age file. Plaintext exists only in memory and in the streams between the blob
/// store, the tar writer and the age encryptor, never in a temporary file. Disposing wipes the tip keys.
/// </summary>
public sealed class CaseExport : IDisposable
{
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly X25519Recipient recipient;
    private readonly byte[] serverPublicKey;
    private readonly IReadOnlyList<ExportedTip> tips;
    private readonly IBlobStore blobs;

    internal CaseExport(string caseReference, string organisation, DateOnly exportedOn, X25519Recipient recipient, byte[] serverPublicKey, IReadOnlyList<ExportedTip> tips, IBlobStore blobs)
    {
        CaseReference = caseReference;
        Organisation = organisation;
        ExportedOn = exportedOn;
        this.recipient = recipient;
        this.serverPublicKey = serverPublicKey;
        this.tips = tips;
        this.blobs = blobs;
    }

    public string CaseReference { get; }

    public string Organisation { get; }

    public DateOnly ExportedOn { get; }

    /// <summary>The name to save the bundle under: only the reference's letters, digits and dashes.</summary>
    public string FileName => "case-" + new string(CaseReference.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray()) + ".tar.age";

    /// <summary>Writes the age file; <paramref name="output"/> is left open.</summary>
    public async Task WriteToAsync(Stream output, CancellationToken cancellationToken)
    {
        var encrypting = AgeEncryptor.CreateEncryptingStream(output, [recipient], leaveOpen: true);
        await using (encrypting.ConfigureAwait(false))
        {
            var tar = new TarWriter(encrypting, TarEntryFormat.Pax, leaveOpen: true);
            await using (tar.ConfigureAwait(false))
            {
                var manifest = new List<ManifestEntry>();
                var number = 0;
                foreach (var tip in tips)
                {
                    number++;
                    await WriteTipAsync(tar, manifest, $"tips/{number:D2}", tip, cancellationToken).ConfigureAwait(false);
                }

                var document = new Manifest(CaseReference, Day(ExportedOn), Organisation, Convert.ToBase64String(serverPublicKey), manifest);
                await AddAsync(tar, null, ManifestName, JsonSerializer.SerializeToUtf8Bytes(document, Json), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        foreach (var tip in tips)
        {
            tip.TipKey.Dispose();
        }
    }

    private async Task WriteTipAsync(TarWriter tar, List<ManifestEntry> manifest, string folder, ExportedTip tip, CancellationToken cancellationToken)
    {
        await AddAsync(tar, manifest, $"{folder}/ciphertext/answers.age", tip.AnswersCiphertext, cancellationToken).ConfigureAwait(false);
        await AddPlaintextAsync(tar, manifest, $"{folder}/answers.json", TipSealing.OpenWithTipKey(tip.AnswersCiphertext, tip.TipKey), cancellationToken).ConfigureAwait(false);

        foreach (var message in tip.Messages)
        {
            var direction = message.Direction == MessageDirection.FromWhistleblower ? "from-whistleblower" : "to-whistleblower";
            var name = $"{message.Sequence:D3}-{Day(message.SentOn)}-{direction}";
            await AddAsync(tar, manifest, $"{folder}/ciphertext/messages/{name}.age", message.BodyCiphertext, cancellationToken).ConfigureAwait(false);
            await AddPlaintextAsync(tar, manifest, $"{folder}/messages/{name}.json", TipSealing.OpenWithTipKey(message.BodyCiphertext, tip.TipKey), cancellationToken).ConfigureAwait(false);
        }

        foreach (var file in tip.Files)
        {
            var message = tip.Messages.FirstOrDefault(m => m.Id == file.MessageId);
            var described = AttachmentDescription.Find(tip.TipKey, tip.AnswersCiphertext, message?.BodyCiphertext, file.Position);
            var prefix = (message is null ? "tip" : $"message-{message.Sequence:D3}") + $"-{file.Position + 1:D2}";
            await AddBlobAsync(tar, manifest, $"{folder}/ciphertext/attachments/{prefix}.age", file.BlobName, null, cancellationToken).ConfigureAwait(false);
            await AddBlobAsync(tar, manifest, $"{folder}/attachments/{prefix}-{CleanName(described?.Name)}", file.BlobName, tip.TipKey, cancellationToken).ConfigureAwait(false);
        }

        var record = new IntakeRecord(
            tip.TipId,
            tip.ReceivedOn,
            tip.Files.Where(f => f.MessageId is null).Select(f => Convert.ToHexStringLower(f.CiphertextSha256)).Prepend(IntakeRecord.HashPiece(tip.AnswersCiphertext)));
        var intake = new IntakeRecordFile(
            "Ed25519",
            tip.TipId.ToString("D"),
            Day(tip.ReceivedOn),
            record.CiphertextSha256Hex,
            Convert.ToBase64String(record.ToCanonicalBytes()),
            Convert.ToBase64String(tip.IntakeSignature),
            Convert.ToBase64String(serverPublicKey));
        await AddAsync(tar, manifest, $"{folder}/intake-record.json", JsonSerializer.SerializeToUtf8Bytes(intake, Json), cancellationToken).ConfigureAwait(false);
    }

    private async Task AddAsync(TarWriter tar, List<ManifestEntry>? manifest, string name, byte[] content, CancellationToken cancellationToken)
    {
        manifest?.Add(new ManifestEntry(name, content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content))));
        using var data = new MemoryStream(content, writable: false);
        await tar.WriteEntryAsync(Entry(name, data), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds decrypted bytes and wipes them: plaintext outlives its entry nowhere.</summary>
    private async Task AddPlaintextAsync(TarWriter tar, List<ManifestEntry> manifest, string name, byte[] plaintext, CancellationToken cancellationToken)
    {
        try
        {
            await AddAsync(tar, manifest, name, plaintext, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// A tar header states the entry's size before its bytes, and a decrypted file's size is only known once read: the
    /// blob is read twice, first to measure and hash it, then into the archive, so gigabytes never sit in memory or on disk.
    /// </summary>
    private async Task AddBlobAsync(TarWriter tar, List<ManifestEntry> manifest, string name, string blobName, X25519Identity? tipKey, CancellationToken cancellationToken)
    {
        long length;
        string hash;
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            await using var measured = await OpenAsync(blobName, tipKey, cancellationToken).ConfigureAwait(false);
            var buffer = new byte[81920];
            length = 0;
            int read;
            while ((read = await measured.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                length += read;
            }

            CryptographicOperations.ZeroMemory(buffer);
            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        manifest.Add(new ManifestEntry(name, length, hash));
        await using var content = await OpenAsync(blobName, tipKey, cancellationToken).ConfigureAwait(false);
        await using var sized = new KnownLengthStream(content, length);
        await tar.WriteEntryAsync(Entry(name, sized), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Stream> OpenAsync(string blobName, X25519Identity? tipKey, CancellationToken cancellationToken)
    {
        var ciphertext = await blobs.OpenReadAsync(blobName, cancellationToken).ConfigureAwait(false);
        return tipKey is null ? ciphertext : new PaddingReadStream(AgeDecryptor.OpenDecryptingStream(ciphertext, [tipKey]));
    }

    private PaxTarEntry Entry(string name, Stream data) => new(TarEntryType.RegularFile, name)
    {
        DataStream = data,
        ModificationTime = new DateTimeOffset(ExportedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The sender's name reduced to characters every file system and shell accepts, so extracting cannot escape the folder or disguise an extension.</summary>
    private static string CleanName(string? name)
    {
        var lastPart = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var cleaned = new StringBuilder();
        foreach (var c in lastPart.Take(120))
        {
            cleaned.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var result = cleaned.ToString().Trim('.', '_');
        return result.Length == 0 ? "file" : result;
    }

    internal sealed record ExportedTip(Guid TipId, DateOnly ReceivedOn, byte[] AnswersCiphertext, byte[] IntakeSignature, X25519Identity TipKey, IReadOnlyList<ExportedMessage> Messages, IReadOnlyList<ExportedFile> Files);

    internal sealed record ExportedMessage(Guid Id, int Sequence, MessageDirection Direction, DateOnly SentOn, byte[] BodyCiphertext);

    internal sealed record ExportedFile(Guid Id, Guid? MessageId, int Position, string BlobName, byte[] CiphertextSha256);

    private sealed record ManifestEntry(string Name, long Size, string Sha256);

    private sealed record Manifest(string CaseReference, string ExportedOn, string Organisation, string ServerPublicKey, IReadOnlyList<ManifestEntry> Entries);

    private sealed record IntakeRecordFile(string Algorithm, string TipId, string ReceivedOn, IReadOnlyList<string> CiphertextSha256, string SignedBytes, string Signature, string ServerPublicKey);
}
