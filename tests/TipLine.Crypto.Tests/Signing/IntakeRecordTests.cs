using System.Text;
using TipLine.Crypto.Signing;

namespace TipLine.Crypto.Tests.Signing;

public sealed class IntakeRecordTests
{
    private static readonly Guid TipId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly DateOnly Day = new(2026, 3, 9);

    [Fact]
    public void Canonical_bytes_are_exactly_the_documented_layout()
    {
        var record = IntakeRecord.ForCiphertexts(TipId, Day, ["b"u8.ToArray(), "a"u8.ToArray()]);

        // sha256("a") = ca97…, sha256("b") = 3e23…: sorted, lowercase, one per line.
        var expected =
            "tipline-intake-v1\n0f8fad5b-d9cb-469f-a165-70867728950e\n2026-03-09\n"
            + "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d\n"
            + "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(record.ToCanonicalBytes()));
    }

    [Fact]
    public void Order_and_case_of_the_hashes_do_not_matter()
    {
        var hashes = Enumerable.Range(0, 5).Select(i => IntakeRecord.HashPiece([(byte)i])).ToList();

        var first = new IntakeRecord(TipId, Day, hashes);
        var second = new IntakeRecord(TipId, Day, hashes.AsEnumerable().Reverse().Select(h => h.ToUpperInvariant()));

        Assert.Equal(first.ToCanonicalBytes(), second.ToCanonicalBytes());
    }

    [Fact]
    public void Signature_verifies_and_fails_after_any_change_to_the_record()
    {
        using var key = Ed25519SigningKey.Generate();
        byte[][] pieces = [[1, 2, 3], [4, 5, 6]];
        var record = IntakeRecord.ForCiphertexts(TipId, Day, pieces);
        var signature = record.Sign(key);

        Assert.True(record.Verify(key.PublicKey, signature));
        Assert.False(IntakeRecord.ForCiphertexts(Guid.NewGuid(), Day, pieces).Verify(key.PublicKey, signature));
        Assert.False(IntakeRecord.ForCiphertexts(TipId, Day.AddDays(1), pieces).Verify(key.PublicKey, signature));
        Assert.False(IntakeRecord.ForCiphertexts(TipId, Day, [[1, 2, 3], [4, 5, 7]]).Verify(key.PublicKey, signature));
        Assert.False(IntakeRecord.ForCiphertexts(TipId, Day, [[1, 2, 3]]).Verify(key.PublicKey, signature));
        Assert.False(IntakeRecord.ForCiphertexts(TipId, Day, [[1, 2, 3], [4, 5, 6], [4, 5, 6]]).Verify(key.PublicKey, signature));
    }

    [Fact]
    public async Task Stream_hash_equals_the_in_memory_hash()
    {
        var bytes = new byte[100_000];
        Random.Shared.NextBytes(bytes);
        using var stream = new MemoryStream(bytes);

        Assert.Equal(IntakeRecord.HashPiece(bytes), await IntakeRecord.HashPieceAsync(stream));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")]
    [InlineData("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\n")]
    public void Malformed_hashes_are_refused(string hash)
    {
        Assert.Throws<ArgumentException>(() => new IntakeRecord(TipId, Day, [hash]));
    }
}
