using System.Security.Cryptography;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Crypto.Tests.Padding;

public sealed class PaddedAgeStreamTests
{
    [Fact]
    public async Task Fifty_MiB_streams_through_padding_and_age_and_back()
    {
        const long size = 50L * 1024 * 1024;
        using var identity = X25519Identity.Generate();
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(path))
            await using (var padded = new PaddingWriteStream(AgeEncryptor.CreateEncryptingStream(file, [identity.Recipient], leaveOpen: true)))
            {
                var chunk = new byte[1024 * 1024];
                for (long left = size; left > 0; left -= chunk.Length)
                {
                    await padded.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)));
                }
            }

            // age adds a header and 16 bytes per 64 KiB chunk; the plaintext inside is the Padmé bucket, not the data size.
            var cipherLength = new FileInfo(path).Length;
            var paddedLength = PaddedLength.ForData(size);
            Assert.InRange(cipherLength, paddedLength + (paddedLength / 65536 * 16), paddedLength + (paddedLength / 65536 * 16) + 400);

            await using var input = File.OpenRead(path);
            await using var reader = new PaddingReadStream(AgeDecryptor.OpenDecryptingStream(input, [identity], leaveOpen: true));
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[100_000];
            long total = 0;
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                total += read;
            }

            Assert.Equal(size, total);
            using var expected = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
            {
                expected.AppendData(zeros);
            }

            Assert.Equal(expected.GetHashAndReset(), hash.GetHashAndReset());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
