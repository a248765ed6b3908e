using System.Security.Cryptography;
using System.Text.Json;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>
/// An attachment as the browser uploads it (file stream → pad → age → PUT chunks at ?offset=n through node's fetch)
/// reassembles into an age file that TipLine.Crypto decrypts and unpads to the original bytes, also when answers
/// are lost or only part of a chunk arrives and the client resumes from the server's 409 {"received": n}.
/// </summary>
public sealed class BrowserFileUploadTests
{
    public static TheoryData<int, int> Sizes => new()
    {
        { 0, 65536 },
        { 1, 65536 },
        { 65535, 65536 },
        { 65536, 65536 },
        { 300000, 65536 },
        { 300000, 1000 },
        { 1024 * 1024, 8 * 1024 * 1024 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_uploaded_ciphertext_decrypts_and_unpads_to_the_file(int size, int chunkBytes)
    {
        using var tipKey = X25519Identity.Generate();
        var file = RandomNumberGenerator.GetBytes(size);

        var upload = UploadInBrowser(file, tipKey, chunkBytes, "none");

        Assert.Equal(0, upload.Faults);
        Assert.Equal(upload.Ciphertext.Length, upload.Returned);
        Assert.Equal((upload.Ciphertext.Length + chunkBytes - 1) / chunkBytes, upload.Puts); // full chunks, one short last
        Assert.Equal(file, DecryptAndUnpad(upload.Ciphertext, tipKey));
    }

    [Theory]
    [InlineData("lost-answer")]
    [InlineData("partial-chunk")]
    public void Interrupted_chunks_are_resumed_from_what_the_server_received(string fault)
    {
        using var tipKey = X25519Identity.Generate();
        var file = RandomNumberGenerator.GetBytes(300000);

        var upload = UploadInBrowser(file, tipKey, 65536, fault);

        Assert.True(upload.Faults >= 2, $"only {upload.Faults} faults were injected");
        Assert.Equal(upload.Ciphertext.Length, upload.Returned);
        Assert.Equal(file, DecryptAndUnpad(upload.Ciphertext, tipKey));
    }

    [Fact]
    public void The_ciphertext_is_a_single_recipient_age_file_whose_length_reveals_only_the_padded_bucket()
    {
        using var tipKey = X25519Identity.Generate();

        var small = UploadInBrowser(RandomNumberGenerator.GetBytes(100001), tipKey, 65536, "none").Ciphertext;
        var larger = UploadInBrowser(RandomNumberGenerator.GetBytes(100100), tipKey, 65536, "none").Ciphertext;

        Assert.True(SubmitTipValidator.IsSingleRecipientAgeFile(small, SubmitTipLimits.MaximumAnswersCiphertextBytes));
        Assert.Equal(PaddedLength.ForData(100001), PaddedLength.ForData(100100)); // same bucket…
        Assert.Equal(small.Length, larger.Length); // …so the same ciphertext length
    }

    private static byte[] DecryptAndUnpad(byte[] ciphertext, X25519Identity identity)
    {
        using var decrypting = AgeDecryptor.OpenDecryptingStream(new MemoryStream(ciphertext), [identity]);
        using var unpadding = new PaddingReadStream(decrypting);
        using var data = new MemoryStream();
        unpadding.CopyTo(data);
        return data.ToArray();
    }

    private static BrowserUpload UploadInBrowser(byte[] file, X25519Identity tipKey, int chunkBytes, string fault)
    {
        var request = JsonSerializer.Serialize(new { recipient = tipKey.Recipient.ToString(), chunkBytes, fault });
        var result = ClientAppScripts.RunForJson("upload-file.mjs", [request], file);
        return new BrowserUpload(
            Convert.FromBase64String(result.GetProperty("ciphertext").GetString()!),
            result.GetProperty("puts").GetInt32(),
            result.GetProperty("faults").GetInt32(),
            result.GetProperty("returned").GetInt64());
    }

    private sealed record BrowserUpload(byte[] Ciphertext, int Puts, int Faults, long Returned);
}
