using System.Net;
using System.Text;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;
using TipLine.Web.Tests.AntiAbuse;
using TipLine.Web.Tests.Hosting;
using static TipLine.Web.Tests.Intake.BrowserProtocolExpectations;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// Design property 5 for the browser API: every kind of bad input gets a JSON refusal with a stable key and a
/// French text when asked in French, and leaves no row, no committed blob and (once the submission is spent) no
/// temporary file behind. The channel takes two files of at most 64 KiB.
/// </summary>
public sealed class BrowserProtocolBadInputTests(BrowserProtocolSmallChannelServer small) : IClassFixture<BrowserProtocolSmallChannelServer>
{
    private const string Channel = "wildlife";

    private TipLineServer Server => small.Server;

    [Fact]
    public async Task A_spent_proof_of_work_opens_no_second_submission()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var proof = await client.SolveAsync("submit");
        using (var first = await client.OpenSubmissionAsync(Channel, proof))
        {
            await ApiClient.ExpectAsync(first, HttpStatusCode.OK);
        }

        using var second = await client.OpenSubmissionAsync(Channel, proof);
        await RefusedInFrenchAsync(Server, second, HttpStatusCode.BadRequest, "pow.alreadyUsed");
    }

    [Fact]
    public async Task A_proof_solved_for_login_does_not_open_a_submission()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        using var response = await client.OpenSubmissionAsync(Channel, await client.SolveAsync("login"));
        await RefusedInFrenchAsync(Server, response, HttpStatusCode.BadRequest, "pow.invalid");
    }

    [Fact]
    public async Task An_unsolved_nonce_is_refused_and_leaves_the_challenge_to_its_solution()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var challenge = await client.RequestChallengeAsync("submit");

        using (var unsolved = await client.OpenSubmissionAsync(Channel, new ApiClientProof(challenge.Challenge, ProofOfWorkSolver.Unsolved(challenge))))
        {
            await RefusedInFrenchAsync(Server, unsolved, HttpStatusCode.BadRequest, "pow.notSolved");
        }

        using var solved = await client.OpenSubmissionAsync(Channel, new ApiClientProof(challenge.Challenge, ProofOfWorkSolver.Solve(challenge)));
        await ApiClient.ExpectAsync(solved, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_submission_for_a_channel_that_does_not_exist_is_refused()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        using var response = await client.OpenSubmissionAsync("no-such-channel", await client.SolveAsync("submit"));
        await RefusedInFrenchAsync(Server, response, HttpStatusCode.NotFound, "intake.channel.notFound");
    }

    public static TheoryData<string, string> TipsTheServerRefuses => new()
    {
        { "answers are not an age file", "intake.answers.malformed" },
        { "answers are armored", "intake.answers.malformed" },
        { "answers are encrypted to two recipients", "intake.answers.malformed" },
        { "the investigator's wrap is missing", "intake.wraps.mismatch" },
        { "a wrap for someone else is added", "intake.wraps.mismatch" },
        { "a wrap is not an age file", "intake.wraps.malformed" },
        { "a wrap is not base64", "intake.wraps.malformed" },
        { "the tip recipient is not a key", "intake.tipRecipient.invalid" },
        { "the whistleblower recipient is not a key", "intake.whistleblowerRecipient.invalid" },
        { "a file is not an age file", "intake.files.malformed" },
    };

    [Theory]
    [MemberData(nameof(TipsTheServerRefuses))]
    public async Task A_tip_the_server_can_see_is_wrong_is_refused_stores_nothing_and_spends_the_submission(string spoilt, string key)
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var page = await client.ReadIntakePageAsync(Channel);
        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        var submission = await client.OpenSubmissionAsync(Channel);
        using var tip = ApiClientTip.Seal(page, new TipAnswers { Description = "spoilt: " + spoilt, Files = [new("a.jpg", "image/jpeg", 20_000)] });
        var fileCiphertext = spoilt == "a file is not an age file" ? RandomBytes(20_000) : tip.EncryptFile(RandomBytes(20_000));
        var file = await client.UploadIntakeFileAsync(submission, fileCiphertext);
        var request = Spoil(tip.ToRequest([file]), spoilt, tip, page);

        using var refused = await client.StoreTipAsync(submission.Id, request);
        await RefusedInFrenchAsync(Server, refused, HttpStatusCode.BadRequest, key);

        // Nothing stored, and the uploaded file's temporary blob is gone with the spent submission.
        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
        using var again = await client.StoreTipAsync(submission.Id, tip.ToRequest([file]));
        await RefusedInFrenchAsync(Server, again, HttpStatusCode.NotFound, "intake.submission.unknown");
        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    public static TheoryData<string, string> RequestsRefusedBeforeAnythingIsTaken => new()
    {
        { "the lookup hash is 31 bytes", "intake.lookupHash.invalid" },
        { "the lookup hash is not hex", "intake.lookupHash.invalid" },
        { "the body is not JSON", "intake.request.malformed" },
        { "the body is cut off JSON", "intake.request.malformed" },
        { "a file id is unknown", "intake.upload.unknown" },
        { "a file id is named twice", "intake.upload.unknown" },
    };

    [Theory]
    [MemberData(nameof(RequestsRefusedBeforeAnythingIsTaken))]
    public async Task A_malformed_tip_request_stores_nothing_and_the_submission_then_stores_the_tip_exactly_once(string spoilt, string key)
    {
        var marker = "kept-" + Guid.NewGuid().ToString("N");
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var page = await client.ReadIntakePageAsync(Channel);
        var submission = await client.OpenSubmissionAsync(Channel);
        using var tip = ApiClientTip.Seal(page, new TipAnswers { Description = marker, Files = [new("a.jpg", "image/jpeg", 20_000)] });
        var file = await client.UploadIntakeFileAsync(submission, tip.EncryptFile(RandomBytes(20_000)));
        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        var request = tip.ToRequest([file]);

        using (var refused = spoilt switch
        {
            "the lookup hash is 31 bytes" => await client.StoreTipAsync(submission.Id, request with { LookupHash = request.LookupHash[..62] }),
            "the lookup hash is not hex" => await client.StoreTipAsync(submission.Id, request with { LookupHash = "zz" + request.LookupHash[2..] }),
            "the body is not JSON" => await client.SendAsync(HttpMethod.Post, client.Url($"/api/intake/submissions/{submission.Id}/tip"), new StringContent("tip=please", Encoding.UTF8, "application/x-www-form-urlencoded")),
            "the body is cut off JSON" => await client.SendAsync(HttpMethod.Post, client.Url($"/api/intake/submissions/{submission.Id}/tip"), new StringContent("""{"tipRecipient":"age1""", Encoding.UTF8, "application/json")),
            "a file id is unknown" => await client.StoreTipAsync(submission.Id, request with { Files = [Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())] }),
            "a file id is named twice" => await client.StoreTipAsync(submission.Id, request with { Files = [file, file] }),
            _ => throw new ArgumentOutOfRangeException(nameof(spoilt), spoilt, null),
        })
        {
            await RefusedInFrenchAsync(Server, refused, HttpStatusCode.BadRequest, key);
        }

        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));

        using (var stored = await client.StoreTipAsync(submission.Id, request))
        {
            await ApiClient.ExpectAsync(stored, HttpStatusCode.Created);
        }

        var opened = await TipInspection.OpenByMarkerAsync(Server.Services, small.Seed.InvestigatorKey, marker);
        Assert.Single(opened.Files);

        // The same submission a second time: it was spent by the tip.
        var afterTip = await BrowserProtocolStoredState.CaptureAsync(Server);
        using var twice = await client.StoreTipAsync(submission.Id, request);
        await RefusedInFrenchAsync(Server, twice, HttpStatusCode.NotFound, "intake.submission.unknown");
        Assert.Equal(afterTip, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task A_file_beyond_the_channels_maximum_count_is_refused_when_it_is_added()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var submission = await client.OpenSubmissionAsync(Channel);
        Assert.Equal(BrowserProtocolSmallChannelServer.MaximumFiles, submission.MaximumFiles);
        for (var i = 0; i < submission.MaximumFiles; i++)
        {
            await client.AddIntakeFileIdAsync(submission.Id);
        }

        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        using var tooMany = await client.AddIntakeFileAsync(submission.Id);
        await RefusedInFrenchAsync(Server, tooMany, HttpStatusCode.BadRequest, "intake.files.tooMany");
        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task A_file_larger_than_the_channel_takes_is_refused_while_uploading_and_its_bytes_are_deleted()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var page = await client.ReadIntakePageAsync(Channel);
        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        var submission = await client.OpenSubmissionAsync(Channel);
        Assert.Equal(BrowserProtocolSmallChannelServer.MaximumFileBytes, submission.MaximumFileBytes);
        using var tip = ApiClientTip.Seal(page, new TipAnswers { Description = "too large" });
        var ciphertext = tip.EncryptFile(RandomBytes((int)(2 * submission.MaximumFileBytes)));
        var file = await client.AddIntakeFileIdAsync(submission.Id);

        using (var refused = await client.PutChunkAsync(ApiClient.IntakeFilePath(submission.Id, file), 0, ciphertext))
        {
            await RefusedInFrenchAsync(Server, refused, HttpStatusCode.RequestEntityTooLarge, "intake.files.tooLarge");
        }

        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
        using var tipWithIt = await client.StoreTipAsync(submission.Id, tip.ToRequest([file]));
        await RefusedInFrenchAsync(Server, tipWithIt, HttpStatusCode.BadRequest, "intake.upload.unknown");
        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task A_receipt_already_in_use_is_refused_for_a_second_tip()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var page = await client.ReadIntakePageAsync(Channel);
        using var tip = ApiClientTip.Seal(page, new TipAnswers { Description = "first of two with one receipt" });
        var first = await client.OpenSubmissionAsync(Channel);
        using (var stored = await client.StoreTipAsync(first.Id, tip.ToRequest([])))
        {
            await ApiClient.ExpectAsync(stored, HttpStatusCode.Created);
        }

        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        var second = await client.OpenSubmissionAsync(Channel);
        using var reused = await client.StoreTipAsync(second.Id, tip.ToRequest([]));
        await RefusedInFrenchAsync(Server, reused, HttpStatusCode.BadRequest, "intake.receipt.taken");
        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task Every_step_of_an_unknown_submission_is_refused()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var page = await client.ReadIntakePageAsync(Channel);
        using var tip = ApiClientTip.Seal(page, new TipAnswers { Description = "to nowhere" });
        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        foreach (var unknown in new[] { Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), "not-a-submission" })
        {
            using var file = await client.AddIntakeFileAsync(unknown);
            await RefusedInFrenchAsync(Server, file, HttpStatusCode.NotFound, "intake.submission.unknown");
            using var chunk = await client.PutChunkAsync(ApiClient.IntakeFilePath(unknown, "0123456789abcdef0123456789abcdef"), 0, tip.EncryptFile([1, 2, 3]));
            await RefusedInFrenchAsync(Server, chunk, HttpStatusCode.NotFound, "intake.submission.unknown");
            using var stored = await client.StoreTipAsync(unknown, tip.ToRequest([]));
            await RefusedInFrenchAsync(Server, stored, HttpStatusCode.NotFound, "intake.submission.unknown");
        }

        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task A_chunk_for_a_file_the_submission_does_not_have_is_refused()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        var submission = await client.OpenSubmissionAsync(Channel);
        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        using var chunk = await client.PutChunkAsync(ApiClient.IntakeFilePath(submission.Id, "0123456789abcdef0123456789abcdef"), 0, new byte[] { 1, 2, 3 });
        await RefusedInFrenchAsync(Server, chunk, HttpStatusCode.NotFound, "intake.upload.unknown");
        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task A_reply_chunk_for_a_file_never_added_is_refused_as_an_unknown_upload_and_not_as_an_ended_session()
    {
        // The session is valid but its tip has no reply batch (as after a restart or an idle expiry of the uploads).
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        using var tip = await client.SubmitTipAsync(Channel, new TipAnswers { Description = "reply to an unknown file" }, []);
        using (var login = await client.LoginAsync(await client.SolveAsync("login"), tip.Receipt.LookupSecretHex))
        {
            await ApiClient.ExpectAsync(login, HttpStatusCode.NoContent);
        }

        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        using (var chunk = await client.PutChunkAsync(ApiClient.ReplyFilePath("0123456789abcdef0123456789abcdef"), 0, ApiClientSealing.EncryptFile([1, 2, 3], tip.TipRecipient)))
        {
            await RefusedInFrenchAsync(Server, chunk, HttpStatusCode.NotFound, "intake.upload.unknown");
        }

        Assert.Equal("browser", (await client.ReadFollowUpPageAsync()).Mode);
        Assert.Equal(before, await BrowserProtocolStoredState.CaptureAsync(Server));
    }

    [Fact]
    public async Task A_reply_the_server_can_see_is_wrong_is_refused_and_stores_nothing()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "fr");
        using var tip = await client.SubmitTipAsync(Channel, new TipAnswers { Description = "bad replies" }, []);
        using (var login = await client.LoginAsync(await client.SolveAsync("login"), tip.Receipt.LookupSecretHex))
        {
            await ApiClient.ExpectAsync(login, HttpStatusCode.NoContent);
        }

        var before = await BrowserProtocolStoredState.CaptureAsync(Server);
        var body = ApiClientSealing.SealDocument(new MessageBody("an answer", []).ToUtf8Json(), tip.TipRecipient);
        using (var notAge = await client.SendReplyAsync(RandomBytes(500), []))
        {
            await RefusedInFrenchAsync(Server, notAge, HttpStatusCode.BadRequest, "followup.body.malformed");
        }

        using (var unknownFile = await client.SendReplyAsync(body, ["0123456789abcdef0123456789abcdef"]))
        {
            await RefusedInFrenchAsync(Server, unknownFile, HttpStatusCode.BadRequest, "intake.upload.unknown");
        }

        var file = await client.UploadReplyFileAsync(ApiClientSealing.EncryptFile(RandomBytes(1_000), tip.TipRecipient));
        using (var twice = await client.SendReplyAsync(body, [file, file]))
        {
            await RefusedInFrenchAsync(Server, twice, HttpStatusCode.BadRequest, "intake.upload.unknown");
        }

        Assert.Equal(before.Rows, (await BrowserProtocolStoredState.CaptureAsync(Server)).Rows);
        Assert.Equal(before.CommittedBlobs, (await BrowserProtocolStoredState.CaptureAsync(Server)).CommittedBlobs);

        using var anonymous = await new ApiClient(http, "fr").SendReplyAsync(body, []);
        await RefusedInFrenchAsync(Server, anonymous, HttpStatusCode.Unauthorized, "followup.session.expired");
        Assert.Equal(before.Rows, (await BrowserProtocolStoredState.CaptureAsync(Server)).Rows);
    }

    [Fact]
    public async Task A_failed_reply_does_not_leave_files_that_block_the_retry()
    {
        using var http = Server.CreateRealClient();
        var client = new ApiClient(http, "en");
        using var tip = await client.SubmitTipAsync(Channel, new TipAnswers { Description = "retrying a reply" }, []);
        using (var login = await client.LoginAsync(await client.SolveAsync("login"), tip.Receipt.LookupSecretHex))
        {
            await ApiClient.ExpectAsync(login, HttpStatusCode.NoContent);
        }

        // The first attempt uploads as many files as the channel allows, then its message is refused.
        var firstAttempt = new List<string>();
        for (var i = 0; i < BrowserProtocolSmallChannelServer.MaximumFiles; i++)
        {
            firstAttempt.Add(await client.UploadReplyFileAsync(ApiClientSealing.EncryptFile(RandomBytes(500), tip.TipRecipient)));
        }

        using (var refused = await client.SendReplyAsync(RandomBytes(500), firstAttempt))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        // The retry can upload the full number of files again, and is stored.
        var retry = new List<string>();
        for (var i = 0; i < BrowserProtocolSmallChannelServer.MaximumFiles; i++)
        {
            retry.Add(await client.UploadReplyFileAsync(ApiClientSealing.EncryptFile(RandomBytes(500), tip.TipRecipient)));
        }

        var body = ApiClientSealing.SealDocument(new MessageBody("second try", []).ToUtf8Json(), tip.TipRecipient);
        using var stored = await client.SendReplyAsync(body, retry);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Server.DataDirectory, "blobs"), ".*.tmp", SearchOption.AllDirectories));
    }

    private static ApiClientTipRequest Spoil(ApiClientTipRequest request, string spoilt, ApiClientTip tip, ApiClientIntakePage page)
    {
        using var stranger = X25519Identity.Generate();
        var padded = PlaintextPadding.Pad(new TipAnswers { Description = "spoilt" }.ToUtf8Json());
        return spoilt switch
        {
            "answers are not an age file" => request with { Answers = Convert.ToBase64String(RandomBytes(600)) },
            "answers are armored" => request with { Answers = Convert.ToBase64String(AgeEncryptor.Encrypt(padded, [X25519Recipient.Parse(tip.TipRecipient)], armor: true)) },
            "answers are encrypted to two recipients" => request with { Answers = Convert.ToBase64String(AgeEncryptor.Encrypt(padded, [X25519Recipient.Parse(tip.TipRecipient), stranger.Recipient])) },
            "the investigator's wrap is missing" => request with { Wraps = request.Wraps.Where(w => !page.Recipients.Contains(w.Recipient)).ToList() },
            "a wrap for someone else is added" => request with
            {
                Wraps = [.. request.Wraps, new ApiClientWrap(stranger.Recipient.ToString(), Convert.ToBase64String(Crypto.Keys.TipKey.WrapFor(tip.TipIdentity, stranger.Recipient)))],
            },
            "a wrap is not an age file" => request with { Wraps = request.Wraps.Select(w => w with { Wrap = Convert.ToBase64String(RandomBytes(300)) }).ToList() },
            "a wrap is not base64" => request with { Wraps = request.Wraps.Select(w => w with { Wrap = "!!not base64!!" }).ToList() },
            "the tip recipient is not a key" => request with { TipRecipient = "age1notakey" },
            "the whistleblower recipient is not a key" => request with { WhistleblowerRecipient = "AGE-SECRET-KEY-1NOTAPUBLICKEY" },
            "a file is not an age file" => request,
            _ => throw new ArgumentOutOfRangeException(nameof(spoilt), spoilt, null),
        };
    }
}
