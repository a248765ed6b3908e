using TipLine.Crypto.Age;

namespace TipLine.Application.Tips;

/// <summary>
/// One file of a tip, ready to decrypt: its blob and the tip key that opens it. <see cref="FileName"/> and
/// <see cref="DeclaredSize"/> are what the sender wrote (untrusted). The holder disposes it, which wipes the key.
/// </summary>
public sealed class OpenedTipAttachment(Guid attachmentId, string blobName, long ciphertextLength, string fileName, long? declaredSize, X25519Identity tipKey) : IDisposable
{
    public Guid AttachmentId { get; } = attachmentId;

    public string BlobName { get; } = blobName;

    public long CiphertextLength { get; } = ciphertextLength;

    public string FileName { get; } = fileName;

    public long? DeclaredSize { get; } = declaredSize;

    public X25519Identity TipKey { get; } = tipKey;

    public void Dispose() => TipKey.Dispose();
}
