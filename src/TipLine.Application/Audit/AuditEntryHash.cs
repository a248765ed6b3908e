using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TipLine.Application.Audit;

/// <summary>
/// The canonical encoding of an audit entry and its SHA-256. Every field is written as a 4-byte big-endian length
/// then its bytes (length -1 for an absent value), after a version tag, so no two different entries encode alike.
/// </summary>
public static class AuditEntryHash
{
    public const int Length = 32;

    private const string VersionTag = "tipline-audit-entry-v1";

    // Throws on lone surrogates instead of silently replacing them, which would make two strings encode alike.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] GenesisPreviousHash => new byte[Length];

    public static byte[] Compute(long sequence, DateOnly day, Guid? actorUserId, string action, string objectType, string? objectId, ReadOnlySpan<byte> previousHash)
    {
        return SHA256.HashData(Encode(sequence, day, actorUserId, action, objectType, objectId, previousHash));
    }

    public static byte[] Encode(long sequence, DateOnly day, Guid? actorUserId, string action, string objectType, string? objectId, ReadOnlySpan<byte> previousHash)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(objectType);
        using var buffer = new MemoryStream();
        WriteField(buffer, Encoding.ASCII.GetBytes(VersionTag));

        Span<byte> sequenceBytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(sequenceBytes, sequence);
        WriteField(buffer, sequenceBytes);

        WriteField(buffer, Encoding.ASCII.GetBytes(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        if (actorUserId is { } actor)
        {
            Span<byte> actorBytes = stackalloc byte[16];
            actor.TryWriteBytes(actorBytes, bigEndian: true, out _);
            WriteField(buffer, actorBytes);
        }
        else
        {
            WriteAbsent(buffer);
        }

        WriteField(buffer, StrictUtf8.GetBytes(action));
        WriteField(buffer, StrictUtf8.GetBytes(objectType));
        if (objectId is null)
        {
            WriteAbsent(buffer);
        }
        else
        {
            WriteField(buffer, StrictUtf8.GetBytes(objectId));
        }

        WriteField(buffer, previousHash);
        return buffer.ToArray();
    }

    private static void WriteField(MemoryStream buffer, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        buffer.Write(length);
        buffer.Write(value);
    }

    private static void WriteAbsent(MemoryStream buffer)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32BigEndian(length, -1);
        buffer.Write(length);
    }
}
