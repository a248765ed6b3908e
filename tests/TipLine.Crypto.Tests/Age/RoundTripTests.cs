using TipLine.Crypto.Age;

namespace TipLine.Crypto.Tests.Age;

public sealed class RoundTripTests
{
    public static TheoryData<int, bool> SizesAndArmor()
    {
        var data = new TheoryData<int, bool>();
        foreach (var size in new[] { 0, 1, 65535, 65536, 65537, 3 * 65536, (3 * 65536) + 5 })
        {
            data.Add(size, false);
            data.Add(size, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SizesAndArmor))]
    public void Encrypt_then_decrypt_returns_the_plaintext(int size, bool armor)
    {
        using var identity = X25519Identity.Generate();
        var plaintext = AgeTestData.Plaintext(size);
        var file = AgeEncryptor.Encrypt(plaintext, [identity.Recipient], armor);
        Assert.Equal(armor, file.AsSpan().StartsWith("-----BEGIN AGE ENCRYPTED FILE-----\n"u8));
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(file, [identity]));
    }

    [Fact]
    public void Binary_file_length_is_header_nonce_and_sealed_chunks()
    {
        using var identity = X25519Identity.Generate();
        var file = AgeEncryptor.Encrypt(AgeTestData.Plaintext(65537), [identity.Recipient]);
        var payload = file.Length - CraftedAgeFile.PayloadOffset(file);
        Assert.Equal(65536 + 16 + 1 + 16, payload);
    }

    [Fact]
    public void Each_of_several_recipients_can_decrypt_and_a_stranger_cannot()
    {
        using var a = X25519Identity.Generate();
        using var b = X25519Identity.Generate();
        using var c = X25519Identity.Generate();
        using var stranger = X25519Identity.Generate();
        var plaintext = AgeTestData.Plaintext(1000);
        var file = AgeEncryptor.Encrypt(plaintext, [a.Recipient, b.Recipient, c.Recipient]);
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(file, [a]));
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(file, [stranger, c]));
        Assert.Equal(AgeError.NoMatchingIdentity, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [stranger])).Error);
    }

    [Fact]
    public void Passphrase_round_trip_and_wrong_passphrase_finds_no_identity()
    {
        var plaintext = AgeTestData.Plaintext(70000);
        var file = AgeEncryptor.Encrypt(plaintext, [new ScryptRecipient("correct horse", workFactor: 10)]);
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(file, [new ScryptIdentity("correct horse")]));
        Assert.Equal(AgeError.NoMatchingIdentity, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new ScryptIdentity("wrong")])).Error);
    }

    [Fact]
    public void Passphrase_recipient_cannot_be_mixed_with_others()
    {
        using var identity = X25519Identity.Generate();
        var error = Assert.Throws<AgeException>(() => AgeEncryptor.Encrypt("x"u8, [new ScryptRecipient("p", 10), identity.Recipient]));
        Assert.Equal(AgeError.ScryptNotAlone, error.Error);
    }

    [Fact]
    public async Task Streams_in_odd_sized_writes_and_reads_match_one_shot()
    {
        using var identity = X25519Identity.Generate();
        var plaintext = AgeTestData.Plaintext((5 * 65536) + 123);
        using var encrypted = new MemoryStream();
        await using (var writer = AgeEncryptor.CreateEncryptingStream(encrypted, [identity.Recipient], leaveOpen: true))
        {
            var offset = 0;
            var step = 1;
            while (offset < plaintext.Length)
            {
                var n = Math.Min(step, plaintext.Length - offset);
                await writer.WriteAsync(plaintext.AsMemory(offset, n));
                offset += n;
                step = (step * 7) % 100_000 + 1;
            }
        }

        encrypted.Position = 0;
        using var reader = AgeDecryptor.OpenDecryptingStream(encrypted, [identity], leaveOpen: true);
        using var decrypted = new MemoryStream();
        var buffer = new byte[777];
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            decrypted.Write(buffer, 0, read);
        }

        Assert.Equal(plaintext, decrypted.ToArray());
    }

    [Theory]
    [InlineData(3 * 65536, 3 * 65536)]
    [InlineData((3 * 65536) + 1, 3 * 65536)]
    [InlineData((10 * 1024 * 1024) + 7, (1024 * 1024) + 5)]
    [InlineData(40 * 65536, 40 * 65536)]
    public void Large_array_writes_sealed_on_two_cores_decrypt_in_order(int size, int writeSize)
    {
        using var identity = X25519Identity.Generate();
        var plaintext = AgeTestData.Plaintext(size);
        using var encrypted = new MemoryStream();
        using (var writer = AgeEncryptor.CreateEncryptingStream(encrypted, [identity.Recipient], leaveOpen: true))
        {
            for (var offset = 0; offset < size; offset += writeSize)
            {
                writer.Write(plaintext, offset, Math.Min(writeSize, size - offset));
            }
        }

        var expectedChunks = Math.Max(1, (size + 65535) / 65536);
        Assert.Equal(size + (16L * expectedChunks), encrypted.Length - CraftedAgeFile.PayloadOffset(encrypted.ToArray()));
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(encrypted.ToArray(), [identity]));
    }

    [Fact]
    public async Task Async_helpers_round_trip_armored_files()
    {
        using var identity = X25519Identity.Generate();
        var plaintext = AgeTestData.Plaintext(200_000);
        using var encrypted = new MemoryStream();
        await AgeEncryptor.EncryptAsync(new MemoryStream(plaintext), encrypted, [identity.Recipient], armor: true);
        encrypted.Position = 0;
        using var decrypted = new MemoryStream();
        await AgeDecryptor.DecryptAsync(encrypted, decrypted, [identity]);
        Assert.Equal(plaintext, decrypted.ToArray());
    }

    [Fact]
    public void Leave_open_controls_whether_the_callers_stream_is_disposed()
    {
        using var identity = X25519Identity.Generate();
        var kept = new MemoryStream();
        AgeEncryptor.CreateEncryptingStream(kept, [identity.Recipient], leaveOpen: true).Dispose();
        Assert.True(kept.CanWrite);
        var closed = new MemoryStream();
        AgeEncryptor.CreateEncryptingStream(closed, [identity.Recipient], armor: true, leaveOpen: false).Dispose();
        Assert.False(closed.CanWrite);
    }

    [Fact]
    public void Streaming_a_large_file_allocates_almost_nothing_per_chunk()
    {
        using var identity = X25519Identity.Generate();
        var buffer = AgeTestData.Plaintext(256 * 1024);
        var sink = Stream.Null;

        // Warm up once so JIT and pool allocations are not counted.
        EncryptMany(identity, buffer, sink, rounds: 2);
        var before = GC.GetAllocatedBytesForCurrentThread();
        EncryptMany(identity, buffer, sink, rounds: 256); // 64 MiB, 1024 chunks
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 256 * 1024, $"allocated {allocated} bytes for 64 MiB");
    }

    private static void EncryptMany(X25519Identity identity, byte[] buffer, Stream sink, int rounds)
    {
        using var writer = AgeEncryptor.CreateEncryptingStream(sink, [identity.Recipient], leaveOpen: true);
        for (var i = 0; i < rounds; i++)
        {
            writer.Write(buffer);
        }
    }
}
