using System.Security.Cryptography;
using System.Text;
using TipLine.Crypto.Age;

namespace TipLine.Crypto.Tests.Age.Testkit;

public sealed class AgeTestkitTests
{
    public static TheoryData<string> Names() => new(AgeTestkitVectors.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Vector_gives_the_expected_outcome(string name)
    {
        var vector = AgeTestkitVectors.All[name];
        using var identity = X25519Identity.Parse(vector.Identity);
        var file = Encoding.ASCII.GetBytes(vector.File);
        if (vector.Expect == "success")
        {
            var plaintext = AgeDecryptor.Decrypt(file, [identity]);
            Assert.Equal(vector.PayloadSha256, Convert.ToHexStringLower(SHA256.HashData(plaintext)));
            return;
        }

        var error = Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error;
        var expected = vector.Expect switch
        {
            "armor failure" => vector.File.TrimStart().StartsWith("-----", StringComparison.Ordinal) ? AgeError.MalformedArmor : AgeError.MalformedHeader,
            "header failure" => AgeError.MalformedHeader,
            "no match" => AgeError.NoMatchingIdentity,
            _ => throw new InvalidOperationException("Unknown expectation " + vector.Expect),
        };
        Assert.Equal(expected, error);
    }
}
