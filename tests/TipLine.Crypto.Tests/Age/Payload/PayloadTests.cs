using TipLine.Crypto.Age;

namespace TipLine.Crypto.Tests.Age.Payload;

public sealed class PayloadTests : IDisposable
{
    private const int Chunk = AgeTestData.Chunk;
    private readonly X25519Identity identity = X25519Identity.Generate();
    private readonly byte[] fileKey = AgeTestData.RandomBytes(16);

    public void Dispose() => identity.Dispose();

    [Fact]
    public void Single_empty_final_chunk_is_an_empty_file()
    {
        var file = Build(([], true));
        Assert.Empty(AgeDecryptor.Decrypt(file, [identity]));
    }

    [Fact]
    public void Full_chunk_marked_last_is_accepted()
    {
        var plain = AgeTestData.Plaintext(Chunk);
        Assert.Equal(plain, AgeDecryptor.Decrypt(Build((plain, true)), [identity]));
    }

    [Fact]
    public void Empty_final_chunk_after_data_is_rejected()
    {
        var file = Build((AgeTestData.Plaintext(Chunk), false), ([], true));
        Assert.Equal(AgeError.EmptyFinalChunk, Decrypt(file));
    }

    [Fact]
    public void Missing_last_flag_is_truncation()
    {
        Assert.Equal(AgeError.TruncatedPayload, Decrypt(Build((AgeTestData.Plaintext(10), false))));
        Assert.Equal(AgeError.TruncatedPayload, Decrypt(Build((AgeTestData.Plaintext(Chunk), false))));
    }

    [Fact]
    public void Dropping_the_last_chunk_is_truncation()
    {
        var file = AgeEncryptor.Encrypt(AgeTestData.Plaintext((2 * Chunk) + 10), [identity.Recipient]);
        Assert.Equal(AgeError.TruncatedPayload, Decrypt(file[..^(10 + 16)]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(16 + 10)]
    public void Cutting_into_the_nonce_or_first_chunk_is_rejected(int keep)
    {
        var file = AgeEncryptor.Encrypt("hello world"u8, [identity.Recipient]);
        var cut = file[..(CraftedAgeFile.HeaderLength(file) + keep)];
        Assert.Equal(AgeError.TruncatedPayload, Decrypt(cut));
    }

    [Fact]
    public void Trailing_byte_after_full_final_chunk_is_trailing_data()
    {
        var file = Build((AgeTestData.Plaintext(Chunk), true));
        Assert.Equal(AgeError.TrailingData, Decrypt([.. file, 0]));
    }

    [Fact]
    public void Trailing_bytes_after_short_final_chunk_fail_authentication()
    {
        var file = AgeEncryptor.Encrypt("short"u8, [identity.Recipient]);
        Assert.Equal(AgeError.PayloadAuthenticationFailed, Decrypt([.. file, 1, 2, 3]));
    }

    [Fact]
    public void Swapped_chunks_fail_authentication()
    {
        var file = AgeEncryptor.Encrypt(AgeTestData.Plaintext((3 * Chunk) + 1), [identity.Recipient]);
        var offset = CraftedAgeFile.PayloadOffset(file);
        var size = Chunk + 16;
        var swapped = (byte[])file.Clone();
        file.AsSpan(offset, size).CopyTo(swapped.AsSpan(offset + size));
        file.AsSpan(offset + size, size).CopyTo(swapped.AsSpan(offset));
        Assert.Equal(AgeError.PayloadAuthenticationFailed, Decrypt(swapped));
    }

    [Fact]
    public void Flipped_payload_bit_fails_authentication()
    {
        var file = AgeEncryptor.Encrypt(AgeTestData.Plaintext(1000), [identity.Recipient]);
        file[^500] ^= 0x01;
        Assert.Equal(AgeError.PayloadAuthenticationFailed, Decrypt(file));
    }

    [Fact]
    public void Stream_returns_only_authenticated_chunks_before_failing()
    {
        var plain = AgeTestData.Plaintext(3 * Chunk);
        var file = AgeEncryptor.Encrypt(plain, [identity.Recipient]);
        file[CraftedAgeFile.PayloadOffset(file) + Chunk + 16 + 100] ^= 0x80; // inside the second chunk
        using var reader = AgeDecryptor.OpenDecryptingStream(new MemoryStream(file), [identity]);
        var received = new MemoryStream();
        var buffer = new byte[1000];
        var error = Assert.Throws<AgeException>(() =>
        {
            int n;
            while ((n = reader.Read(buffer)) > 0)
            {
                received.Write(buffer, 0, n);
            }
        });
        Assert.Equal(AgeError.PayloadAuthenticationFailed, error.Error);
        Assert.Equal(plain[..Chunk], received.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    public void Two_core_batch_reads_return_the_authenticated_prefix_then_fail_for_good(int corruptChunk)
    {
        var plain = AgeTestData.Plaintext((20 * Chunk) + 3);
        var file = AgeEncryptor.Encrypt(plain, [identity.Recipient]);
        file[CraftedAgeFile.PayloadOffset(file) + (corruptChunk * (Chunk + 16)) + 7] ^= 0x01;
        using var reader = AgeDecryptor.OpenDecryptingStream(new MemoryStream(file), [identity]);
        var buffer = new byte[16 * Chunk];
        var received = new MemoryStream();
        var error = Assert.Throws<AgeException>(() =>
        {
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                received.Write(buffer, 0, n);
            }
        });
        Assert.Equal(AgeError.PayloadAuthenticationFailed, error.Error);
        Assert.Equal(plain[..(corruptChunk * Chunk)], received.ToArray());
        Assert.Equal(AgeError.PayloadAuthenticationFailed, Assert.Throws<AgeException>(() => reader.Read(buffer, 0, buffer.Length)).Error);
    }

    [Theory]
    [InlineData((16 * Chunk) + 1)]
    [InlineData(17 * Chunk)]
    [InlineData(40 * Chunk)]
    [InlineData((2 * Chunk) + 5)]
    public void Two_core_batch_reads_match_the_plaintext_and_still_check_the_final_chunk(int size)
    {
        var plain = AgeTestData.Plaintext(size);
        var file = AgeEncryptor.Encrypt(plain, [identity.Recipient]);
        Assert.Equal(plain, ReadWithArrays(file, 16 * Chunk));
        Assert.Equal(plain, ReadWithArrays(file, (3 * Chunk) + 100));
        Assert.Equal(AgeError.TruncatedPayload, Assert.Throws<AgeException>(() => ReadWithArrays(file[..^(((size - 1) % Chunk) + 1 + 16)], 16 * Chunk)).Error);
        Assert.Equal(AgeError.TrailingData, Assert.Throws<AgeException>(() => ReadWithArrays([.. Build((AgeTestData.Plaintext(Chunk), false), (AgeTestData.Plaintext(Chunk), false), (AgeTestData.Plaintext(Chunk), true)), 9], 16 * Chunk)).Error);
    }

    [Fact]
    public void Header_is_read_eagerly_when_opening_the_stream()
    {
        using var stranger = X25519Identity.Generate();
        var file = AgeEncryptor.Encrypt("x"u8, [identity.Recipient]);
        Assert.Equal(AgeError.NoMatchingIdentity, Assert.Throws<AgeException>(() => AgeDecryptor.OpenDecryptingStream(new MemoryStream(file), [stranger])).Error);
    }

    private byte[] ReadWithArrays(byte[] file, int bufferSize)
    {
        using var reader = AgeDecryptor.OpenDecryptingStream(new MemoryStream(file), [identity]);
        var buffer = new byte[bufferSize];
        var received = new MemoryStream();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            received.Write(buffer, 0, n);
        }

        return received.ToArray();
    }

    private byte[] Build(params (byte[] Plain, bool Last)[] chunks) =>
        CraftedAgeFile.Build(fileKey, identity.Recipient.Wrap(fileKey), chunks);

    private AgeError Decrypt(byte[] file) =>
        Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error;
}
