using TipLine.Application.Abstractions;

namespace TipLine.Application.Intake;

/// <summary>
/// A file's age ciphertext, fully received into a pending blob (not yet visible in the store), with the length,
/// SHA-256 and first bytes (<see cref="Head"/>, enough for the age header) taken while it streamed in.
/// The use case that stores it commits the blob; anyone else disposes it.
/// </summary>
public sealed record UploadedCiphertext(IPendingBlob Blob, long Length, byte[] Sha256, byte[] Head)
{
    /// <summary>How many leading bytes to keep in <see cref="Head"/>: a one-recipient age header is far smaller.</summary>
    public const int HeadLength = 4096;
}
