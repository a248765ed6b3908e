using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Receipts;
using TipLine.Domain.Messaging;
using TipLine.Infrastructure.Security;
using TipLine.Web.Intake;
using TipLine.Web.Tests.Hosting;
using static TipLine.Web.Tests.Intake.BrowserProtocolExpectations;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// The journey with JavaScript on, over real HTTP, with a C# client doing the browser's part (ADR 0017): the server
/// only ever receives ciphertext, wraps, a lookup hash and later the lookup secret, and staff and the whistleblower
/// can each open what they are entitled to; uploads follow the chunk rules; answers do not vary with the tip.
/// </summary>
public sealed class BrowserProtocolJourneyTests(SeededServer seeded) : IClassFixture<SeededServer>
{
    private TipLineServer Server => seeded.Server;

    [Fact]
    public async Task A_tip_encrypted_by_the_client_is_stored_read_by_staff_and_followed_up_with_the_lookup_secret()
    {
        var marker = "pangolin-scales-" + Guid.NewGuid().ToString("N");
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");

        var page = await client.ReadIntakePageAsync("wildlife");
        Assert.Equal(Server.Services.GetRequiredService<DeploymentSalt>().Value, page.Salt);
        Assert.Equal([seeded.Seed.InvestigatorKey.Recipient.ToString()], page.Recipients);
        var submission = await client.OpenSubmissionAsync("wildlife");
        Assert.Equal(Server.Services.GetRequiredService<IOptions<UploadOptions>>().Value.ChunkBytes, submission.ChunkBytes);
        Assert.Equal((32L * 1024 * 1024, 3), (submission.MaximumFileBytes, submission.MaximumFiles));

        var photo = RandomBytes(60_000);
        var video = RandomBytes(submission.ChunkBytes + (1024 * 1024));
        var answers = new TipAnswers
        {
            Language = "fr",
            PlatformKind = "marketplace",
            PlatformName = "ExampleBay",
            ListingUrls = ["https://example.test/listing/77"],
            Species = "écailles de pangolin",
            SellerCountry = "NG",
            Description = marker,
            Files = [new("photo.jpg", "image/jpeg", photo.Length), new("video.mp4", "video/mp4", video.Length)],
        };
        using var tip = ApiClientTip.Seal(page, answers);
        using (var serverDerived = ReceiptKeys.Derive(tip.Receipt.Receipt, page.Salt, page.Argon2))
        {
            // The client splits the Argon2id output itself; it must agree with the server's derivation.
            Assert.Equal(serverDerived.WhistleblowerRecipient.ToString(), tip.Receipt.Identity.Recipient.ToString());
            Assert.Equal(Convert.ToHexStringLower(serverDerived.LookupHash), tip.Receipt.LookupHashHex);
        }

        var photoCiphertext = tip.EncryptFile(photo);
        var videoCiphertext = tip.EncryptFile(video);
        var photoId = await client.UploadIntakeFileAsync(submission, photoCiphertext);
        var videoId = await client.AddIntakeFileIdAsync(submission.Id);
        Assert.Equal(2, await client.UploadAsync(ApiClient.IntakeFilePath(submission.Id, videoId), videoCiphertext, submission.ChunkBytes));

        using var stored = await client.StoreTipAsync(submission.Id, tip.ToRequest([photoId, videoId]));
        await ApiClient.ExpectAsync(stored, HttpStatusCode.Created);
        Assert.Equal("""{"stored":true}""", await stored.Content.ReadAsStringAsync());
        Assert.False(stored.Headers.Contains("Set-Cookie"), "storing a tip must not set a cookie");

        // Staff: the investigator's key opens exactly what the client sealed.
        var acknowledgement = Localised(Server, "followup.acknowledgement", "fr");
        var opened = await TipInspection.OpenByMarkerAsync(Server.Services, seeded.Seed.InvestigatorKey, marker);
        Assert.Equal(
            (answers.Language, answers.PlatformKind, answers.PlatformName, answers.Species, answers.SellerCountry),
            (opened.Answers.Language, opened.Answers.PlatformKind, opened.Answers.PlatformName, opened.Answers.Species, opened.Answers.SellerCountry));
        Assert.Equal(answers.ListingUrls, opened.Answers.ListingUrls);
        Assert.Equal(answers.Files, opened.Answers.Files);
        Assert.Equal(tip.TipRecipient, opened.Tip.TipPublicKey);
        Assert.Equal(tip.Receipt.Identity.Recipient.ToString(), opened.Tip.WhistleblowerPublicKey);
        Assert.Equal(tip.AnswersCiphertext, opened.Tip.AnswersCiphertext);
        Assert.Equal(2, opened.WrapCount);
        var files = opened.Files.OrderBy(f => f.Attachment.Position).ToList();
        Assert.Equal(2, files.Count);
        Assert.True(files[0].Plaintext.AsSpan().SequenceEqual(photo), "the photo must open to what was sent");
        Assert.True(files[1].Plaintext.AsSpan().SequenceEqual(video), "the chunked video must open to what was sent");
        Assert.Equal(SHA256.HashData(photoCiphertext), files[0].Attachment.CiphertextSha256);
        Assert.Equal(videoCiphertext.Length, files[1].Attachment.CiphertextLength);
        var (direction, sentAcknowledgement) = Assert.Single(opened.Messages);
        Assert.Equal(MessageDirection.ToWhistleblower, direction);
        Assert.Equal(acknowledgement, sentAcknowledgement.Body);

        // Whistleblower: log in with the lookup secret, then open the page's ciphertext with the receipt's key.
        using var login = await client.LoginAsync(await client.SolveAsync("login"), tip.Receipt.LookupSecretHex);
        await ApiClient.ExpectAsync(login, HttpStatusCode.NoContent);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(ApiClient.SessionCookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var followUp = await client.ReadFollowUpPageAsync();
        Assert.Equal("browser", followUp.Mode);
        Assert.Equal(tip.TipRecipient, followUp.TipRecipient);
        Assert.DoesNotContain(marker, followUp.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(acknowledgement, followUp.Html, StringComparison.Ordinal);
        using var tipKeyFromPage = TipKey.Unwrap(followUp.WhistleblowerWrap, tip.Receipt.Identity);
        Assert.Equal(tip.TipRecipient, tipKeyFromPage.Recipient.ToString());
        var shown = MessageBody.FromUtf8Json(ApiClientSealing.OpenDocument(Assert.Single(followUp.MessageCiphertexts), tipKeyFromPage));
        Assert.Equal(acknowledgement, shown.Body);
        Assert.Equal(marker, TipAnswers.FromUtf8Json(ApiClientSealing.OpenDocument(followUp.AnswersCiphertext, tipKeyFromPage)).Description);

        // An answer with a file, encrypted to the tip recipient the page names.
        var answerText = "second-shipment-" + Guid.NewGuid().ToString("N");
        var parcel = RandomBytes(90_000);
        var parcelCiphertext = ApiClientSealing.EncryptFile(parcel, followUp.TipRecipient);
        var parcelId = await client.UploadReplyFileAsync(parcelCiphertext);
        var reply = new MessageBody(answerText, [new("parcel.jpg", "image/jpeg", parcel.Length)]);
        using var replied = await client.SendReplyAsync(ApiClientSealing.SealDocument(reply.ToUtf8Json(), followUp.TipRecipient), [parcelId]);
        await ApiClient.ExpectAsync(replied, HttpStatusCode.Created);

        var afterReply = await TipInspection.OpenByMarkerAsync(Server.Services, seeded.Seed.InvestigatorKey, marker);
        Assert.Equal(2, afterReply.Messages.Count);
        Assert.Equal(MessageDirection.FromWhistleblower, afterReply.Messages[^1].Direction);
        Assert.Equal(answerText, afterReply.Messages[^1].Body.Body);
        Assert.Equal(reply.Files, afterReply.Messages[^1].Body.Files);
        var staffCopy = Assert.Single(afterReply.Files, f => f.Attachment.MessageId is not null);
        Assert.True(staffCopy.Plaintext.AsSpan().SequenceEqual(parcel), "the investigator must open the reply's file");

        // Every attachment the page lists downloads as exactly the stored ciphertext.
        var pageAfterReply = await client.ReadFollowUpPageAsync();
        Assert.Equal(2, pageAfterReply.MessageCiphertexts.Count);
        Assert.Equal(afterReply.Files.Select(f => f.Attachment.Id).Order(), pageAfterReply.Attachments.Order());
        var blobs = Server.Services.GetRequiredService<IBlobStore>();
        byte[][] uploaded = [photoCiphertext, videoCiphertext, parcelCiphertext];
        foreach (var attachment in pageAfterReply.Attachments)
        {
            using var download = await client.DownloadAsync(attachment);
            await ApiClient.ExpectAsync(download, HttpStatusCode.OK);
            var ciphertext = await download.Content.ReadAsByteArrayAsync();
            await using var blob = await blobs.OpenReadAsync(afterReply.Files.Single(f => f.Attachment.Id == attachment).Attachment.BlobName);
            using var onDisk = new MemoryStream();
            await blob.CopyToAsync(onDisk);
            Assert.True(ciphertext.AsSpan().SequenceEqual(onDisk.ToArray()), $"attachment {attachment} must download as its blob");
            Assert.Contains(uploaded, sent => sent.AsSpan().SequenceEqual(ciphertext));
        }
    }

    [Fact]
    public async Task A_chunk_at_the_wrong_offset_gets_409_with_the_bytes_received_and_the_upload_resumes_from_there()
    {
        var marker = "resumed-" + Guid.NewGuid().ToString("N");
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var page = await client.ReadIntakePageAsync("wildlife");
        var submission = await client.OpenSubmissionAsync("wildlife");
        var plaintext = RandomBytes(300_000);
        using var tip = ApiClientTip.Seal(page, new TipAnswers { Language = "fr", Description = marker, Files = [new("scan.pdf", "application/pdf", plaintext.Length)] });
        var ciphertext = tip.EncryptFile(plaintext);
        var file = await client.AddIntakeFileIdAsync(submission.Id);
        var path = ApiClient.IntakeFilePath(submission.Id, file);
        const int FirstChunk = 100_000;

        using (var first = await client.PutChunkAsync(path, 0, ciphertext.AsMemory(0, FirstChunk)))
        {
            await ApiClient.ExpectAsync(first, HttpStatusCode.NoContent);
        }

        // The first chunk again, as after an answer lost on the way back.
        using (var repeated = await client.PutChunkAsync(path, 0, ciphertext.AsMemory(0, FirstChunk)))
        {
            var error = await RefusedInFrenchAsync(Server, repeated, HttpStatusCode.Conflict, "intake.upload.offset");
            Assert.Equal(FirstChunk, error.Received);
        }

        // A chunk that would leave a gap.
        using (var gap = await client.PutChunkAsync(path, FirstChunk + 5_000, ciphertext.AsMemory(FirstChunk + 5_000, 1_000)))
        {
            var error = await RefusedInFrenchAsync(Server, gap, HttpStatusCode.Conflict, "intake.upload.offset");
            Assert.Equal(FirstChunk, error.Received);
        }

        await client.UploadAsync(path, ciphertext, submission.ChunkBytes, startAt: FirstChunk);
        using var stored = await client.StoreTipAsync(submission.Id, tip.ToRequest([file]));
        await ApiClient.ExpectAsync(stored, HttpStatusCode.Created);

        var opened = await TipInspection.OpenByMarkerAsync(Server.Services, seeded.Seed.InvestigatorKey, marker);
        var (attachment, openedFile) = Assert.Single(opened.Files);
        Assert.Equal(ciphertext.Length, attachment.CiphertextLength);
        Assert.Equal(SHA256.HashData(ciphertext), attachment.CiphertextSha256);
        Assert.True(openedFile.AsSpan().SequenceEqual(plaintext), "the resumed file must open to what was sent, no byte twice or missing");
    }

    [Fact]
    public async Task A_chunk_larger_than_announced_is_refused_and_its_file_dropped()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        var submission = await client.OpenSubmissionAsync("wildlife");
        var file = await client.AddIntakeFileIdAsync(submission.Id);
        var path = ApiClient.IntakeFilePath(submission.Id, file);

        using (var tooLarge = await client.PutChunkAsync(path, 0, RandomBytes(submission.ChunkBytes + 1)))
        {
            await RefusedInFrenchAsync(Server, tooLarge, HttpStatusCode.RequestEntityTooLarge, "intake.upload.chunkTooLarge");
        }

        using (var afterwards = await client.PutChunkAsync(path, 0, RandomBytes(1_000)))
        {
            await RefusedInFrenchAsync(Server, afterwards, HttpStatusCode.NotFound, "intake.upload.unknown");
        }

        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task The_answers_to_a_tiny_and_a_large_tip_are_byte_identical()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var page = await client.ReadIntakePageAsync("wildlife");

        var (tinyOpened, tinyStored) = await SendAsync(client, page, new TipAnswers { Description = "x" }, []);
        var large = new TipAnswers
        {
            Description = new string('y', 200_000),
            PlatformName = "Some marketplace",
            Contact = "someone@example.test",
            ListingUrls = Enumerable.Range(0, 50).Select(i => $"https://example.test/listing/{i}").ToList(),
        };
        var (largeOpened, largeStored) = await SendAsync(client, page, large, [RandomBytes(1024 * 1024), RandomBytes(3 * 1024 * 1024)]);

        Assert.Equal(tinyOpened, largeOpened);
        Assert.Equal(HttpStatusCode.Created, tinyStored.Status);
        Assert.Equal(tinyStored, largeStored);
    }

    [Fact]
    public async Task A_session_downloads_only_its_own_tips_files_and_nothing_without_a_session()
    {
        var otherMarker = "someone-else-" + Guid.NewGuid().ToString("N");
        using var http = Server.CreateRealClient();
        var someoneElse = new ApiClient(http, "fr");
        using var otherTip = await someoneElse.SubmitTipAsync("wildlife", new TipAnswers { Description = otherMarker }, [RandomBytes(5_000)]);
        var otherAttachment = Assert.Single((await TipInspection.OpenByMarkerAsync(Server.Services, seeded.Seed.InvestigatorKey, otherMarker)).Files).Attachment.Id;

        using (var anonymous = await new ApiClient(http, "fr").DownloadAsync(otherAttachment))
        {
            await RefusedInFrenchAsync(Server, anonymous, HttpStatusCode.Unauthorized, "followup.session.expired");
        }

        var client = new ApiClient(http, "fr");
        using var mine = await client.SubmitTipAsync("wildlife", new TipAnswers { Description = "mine-" + Guid.NewGuid().ToString("N") }, [RandomBytes(5_000)]);
        using var login = await client.LoginAsync(await client.SolveAsync("login"), mine.Receipt.LookupSecretHex);
        await ApiClient.ExpectAsync(login, HttpStatusCode.NoContent);
        var myAttachment = Assert.Single((await client.ReadFollowUpPageAsync()).Attachments);
        using (var own = await client.DownloadAsync(myAttachment))
        {
            await ApiClient.ExpectAsync(own, HttpStatusCode.OK);
        }

        using var foreign = await client.DownloadAsync(otherAttachment);
        await RefusedInFrenchAsync(Server, foreign, HttpStatusCode.NotFound, "followup.file.notFound");
    }

    /// <summary>One whole submission; returns the length of the open-submission answer and the tip answer's status, body and length.</summary>
    private static async Task<(int OpenedLength, (HttpStatusCode Status, string Body, long? ContentLength) Stored)> SendAsync(
        ApiClient client, ApiClientIntakePage page, TipAnswers answers, IReadOnlyList<byte[]> files)
    {
        using var opened = await client.OpenSubmissionAsync(page.Channel, await client.SolveAsync("submit"));
        await ApiClient.ExpectAsync(opened, HttpStatusCode.OK);
        var openedBody = await opened.Content.ReadAsByteArrayAsync();
        var submission = ApiClientSubmission.Parse(openedBody);
        using var tip = ApiClientTip.Seal(page, answers);
        var ids = new List<string>();
        foreach (var file in files)
        {
            ids.Add(await client.UploadIntakeFileAsync(submission, tip.EncryptFile(file)));
        }

        using var stored = await client.StoreTipAsync(submission.Id, tip.ToRequest(ids));
        return (openedBody.Length, (stored.StatusCode, await stored.Content.ReadAsStringAsync(), stored.Content.Headers.ContentLength));
    }
}
