using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Padding;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>What the follow-up page decrypts in the browser, made by the server side: wraps, messages, answers, attachments.</summary>
public sealed class BrowserFollowUpDecryptionTests : IDisposable
{
    private readonly X25519Identity whistleblower = X25519Identity.Generate();
    private readonly X25519Identity tipKey = X25519Identity.Generate();

    public void Dispose()
    {
        whistleblower.Dispose();
        tipKey.Dispose();
    }

    [Fact]
    public void The_browser_unwraps_the_tip_key_from_a_server_made_wrap()
    {
        var wrap = WrappedIdentity.Wrap(tipKey, [whistleblower.Recipient]);

        var unwrapped = ClientAppScripts.RunSuccessfully("unwrap.mjs", [whistleblower.ToSecretString()], wrap);

        Assert.Equal(tipKey.ToSecretString() + "\n", Encoding.ASCII.GetString(unwrapped));
    }

    [Fact]
    public void A_wrap_for_someone_else_or_holding_more_than_a_key_line_is_refused()
    {
        using var stranger = X25519Identity.Generate();
        var notForUs = WrappedIdentity.Wrap(tipKey, [stranger.Recipient]);
        var twoLines = AgeEncryptor.Encrypt(Encoding.ASCII.GetBytes(tipKey.ToSecretString() + "\n" + tipKey.ToSecretString() + "\n"), [whistleblower.Recipient]);

        foreach (var wrap in new[] { notForUs, twoLines })
        {
            var result = ClientAppScripts.Run("unwrap.mjs", [whistleblower.ToSecretString()], wrap);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Empty(result.StandardOutput);
        }
    }

    [Fact]
    public void A_server_sealed_message_opens_in_the_browser_with_its_text_and_file_list_intact()
    {
        var message = new MessageBody("Merci.\n<b>Not markup</b> — can you send the waybill?", [new AttachmentDescription("waybill.pdf", "application/pdf", 123456)]);
        var ciphertext = TipSealing.SealForTip(message.ToUtf8Json(), tipKey.Recipient.ToString());

        var opened = OpenDocumentInBrowser(ciphertext);

        Assert.Equal(1, opened.GetProperty("v").GetInt32());
        Assert.Equal(message.Body, opened.GetProperty("body").GetString());
        var file = Assert.Single(opened.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal("waybill.pdf", file.GetProperty("name").GetString());
        Assert.Equal(123456, file.GetProperty("size").GetInt64());
    }

    [Fact]
    public void Server_built_answers_open_in_the_browser()
    {
        var answers = new TipAnswers { Language = "es", Description = "Loros vivos en una furgoneta", TransitCountries = ["ES", "MA"], RewardInterest = true };
        var ciphertext = TipSealing.SealForTip(answers.ToUtf8Json(), tipKey.Recipient.ToString());

        var opened = OpenDocumentInBrowser(ciphertext);

        Assert.Equal("Loros vivos en una furgoneta", opened.GetProperty("description").GetString());
        Assert.Equal(["ES", "MA"], opened.GetProperty("transitCountries").EnumerateArray().Select(e => e.GetString()));
        Assert.True(opened.GetProperty("rewardInterest").GetBoolean());
    }

    [Fact]
    public void A_document_without_padding_is_refused()
    {
        var unpadded = AgeEncryptor.Encrypt("{\"v\":1,\"body\":\"x\",\"files\":[]}"u8, [tipKey.Recipient]);

        var result = ClientAppScripts.Run("open-document.mjs", [tipKey.ToSecretString()], Encoding.ASCII.GetBytes(Convert.ToBase64String(unpadded)));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("MalformedPaddingError", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 65536)]
    [InlineData(1, 1)]
    [InlineData(200000, 1000)]
    [InlineData(200000, 65536)]
    [InlineData((4 * 1024 * 1024) + 1, 65536)]
    public void An_attachment_padded_and_encrypted_by_the_server_streams_back_to_its_bytes(int size, int slice)
    {
        var data = RandomNumberGenerator.GetBytes(size);

        var opened = ClientAppScripts.RunSuccessfully("open-file.mjs", [tipKey.ToSecretString(), Slice(slice)], SealFile(data));

        Assert.Equal(data, opened);
    }

    [Theory]
    [InlineData("flip-payload-byte")]
    [InlineData("truncate")]
    public void A_damaged_attachment_yields_no_bytes_at_all(string damage)
    {
        var ciphertext = SealFile(RandomNumberGenerator.GetBytes(200000));
        var untouched = ClientAppScripts.Run("open-file.mjs", [tipKey.ToSecretString(), Slice(65536)], ciphertext);
        Assert.Equal(0, untouched.ExitCode); // so the refusal below is due to the damage alone

        var damaged = damage == "truncate" ? ciphertext[..^100] : Flip(ciphertext, ciphertext.Length / 2);
        var result = ClientAppScripts.Run("open-file.mjs", [tipKey.ToSecretString(), Slice(65536)], damaged);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(result.StandardOutput);
    }

    private byte[] SealFile(byte[] data)
    {
        using var output = new MemoryStream();
        using (var encrypting = AgeEncryptor.CreateEncryptingStream(output, [tipKey.Recipient], leaveOpen: true))
        using (var padding = new PaddingWriteStream(encrypting))
        {
            padding.Write(data);
        }

        return output.ToArray();
    }

    private JsonElement OpenDocumentInBrowser(byte[] ciphertext) =>
        ClientAppScripts.RunForJson("open-document.mjs", [tipKey.ToSecretString()], Encoding.ASCII.GetBytes(Convert.ToBase64String(ciphertext)));

    private static byte[] Flip(byte[] bytes, int position)
    {
        var copy = (byte[])bytes.Clone();
        copy[position] ^= 0x01;
        return copy;
    }

    private static string Slice(int bytes) => bytes.ToString(CultureInfo.InvariantCulture);
}
