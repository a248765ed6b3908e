using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Padding;
using TipLine.Crypto.Receipts;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Tests.AntiAbuse;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// Sends a tip as the browser's script does with JavaScript on (ADR 0017): receipt and tip key made here, proof of
/// work, files padded and encrypted here and uploaded in chunks, then the tip. The receipt counts as shown only
/// once the tip POST answered 201, since that is when the browser shows it.
/// </summary>
internal sealed class ApiSubmitter(HttpClient client, IntakePageSettings settings, string channel)
{
    public const string Path = "JSON API";

    public async Task<AcknowledgedTip> SubmitAsync(PlantedTip tip)
    {
        ArgumentNullException.ThrowIfNull(tip);
        var receipt = Receipt.Generate();
        using var keys = ReceiptKeys.Derive(receipt, settings.DeploymentSalt, settings.ReceiptParameters);
        using var tipKey = TipKey.Generate();
        var tipRecipient = tipKey.Recipient.ToString();

        var challenge = await PostAsync<ProofOfWorkChallenge>("proof-of-work challenge", "/api/pow/challenges", new { purpose = "submit" });
        var submission = await PostAsync<OpenedSubmission>(
            "submission", $"/api/intake/{channel}/submissions?lang=en", new { challenge = challenge.Challenge, nonce = ProofOfWorkSolver.Solve(challenge) });

        var fileIds = new List<string>();
        foreach (var file in tip.Files)
        {
            var created = await PostAsync<CreatedFile>("file", $"/api/intake/submissions/{submission.Submission}/files", body: null);
            await UploadAsync(submission, created.File, SealFile(file.Content, tipKey.Recipient));
            fileIds.Add(created.File);
        }

        var answers = new TipAnswers
        {
            Language = "en",
            Species = "live tortoises",
            Description = tip.Description,
            Files = tip.Files.Select(f => new AttachmentDescription(f.Name, f.MediaType, f.Content.Length)).ToList(),
        };
        var wraps = settings.Recipients
            .Select(r => new { recipient = r, wrap = Convert.ToBase64String(TipKey.WrapFor(tipKey, X25519Recipient.Parse(r))) })
            .Append(new
            {
                recipient = keys.WhistleblowerRecipient.ToString(),
                wrap = Convert.ToBase64String(TipKey.WrapFor(tipKey, keys.WhistleblowerRecipient)),
            })
            .ToList();
        using var stored = await client.PostAsJsonAsync(
            new Uri($"/api/intake/submissions/{submission.Submission}/tip?lang=en", UriKind.Relative),
            new
            {
                tipRecipient,
                whistleblowerRecipient = keys.WhistleblowerRecipient.ToString(),
                lookupHash = Convert.ToHexStringLower(keys.LookupHash),
                answers = Convert.ToBase64String(TipSealing.SealForTip(answers.ToUtf8Json(), tipRecipient)),
                wraps,
                files = fileIds,
            });
        await ExpectAsync("tip", stored, HttpStatusCode.Created);
        return tip.Acknowledge(receipt.ToDisplayString(), Path);
    }

    private static byte[] SealFile(byte[] content, X25519Recipient tipRecipient)
    {
        using var ciphertext = new MemoryStream();
        using (var encrypting = AgeEncryptor.CreateEncryptingStream(ciphertext, [tipRecipient], armor: false, leaveOpen: true))
        using (var padding = new PaddingWriteStream(encrypting, leaveOpen: true))
        {
            padding.Write(content);
        }

        return ciphertext.ToArray();
    }

    private static async Task ExpectAsync(string what, HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(ResponseExcerpt.Describe(what, response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
    }

    private async Task UploadAsync(OpenedSubmission submission, string fileId, byte[] ciphertext)
    {
        for (var offset = 0; offset < ciphertext.Length; offset += submission.ChunkBytes)
        {
            using var chunk = new ByteArrayContent(ciphertext, offset, Math.Min(submission.ChunkBytes, ciphertext.Length - offset));
            chunk.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var path = $"/api/intake/submissions/{submission.Submission}/files/{fileId}?offset={offset.ToString(CultureInfo.InvariantCulture)}";
            using var response = await client.PutAsync(new Uri(path, UriKind.Relative), chunk);
            await ExpectAsync("chunk", response, HttpStatusCode.NoContent);
        }
    }

    private async Task<T> PostAsync<T>(string what, string path, object? body)
    {
        using var response = body is null
            ? await client.PostAsync(new Uri(path, UriKind.Relative), content: null)
            : await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        await ExpectAsync(what, response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<T>() ?? throw new InvalidOperationException(what + ": empty answer");
    }

    private sealed record OpenedSubmission(string Submission, int ChunkBytes);

    private sealed record CreatedFile(string File);
}
