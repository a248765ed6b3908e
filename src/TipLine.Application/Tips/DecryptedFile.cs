using System.Security.Cryptography;

namespace TipLine.Application.Tips;

/// <summary>A file's plaintext in server memory for one request (metadata inspection, sanitising); disposing wipes it.</summary>
public sealed class DecryptedFile(byte[] buffer, int length) : IDisposable
{
    public ReadOnlySpan<byte> Content => buffer.AsSpan(0, length);

    public void Dispose() => CryptographicOperations.ZeroMemory(buffer);
}
