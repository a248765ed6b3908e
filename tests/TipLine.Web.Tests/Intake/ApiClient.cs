using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TipLine.Application.Intake.Plaintext;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Tests.AntiAbuse;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// A C# stand-in for the browser script with JavaScript on (ADR 0017): it reads the page configuration, solves
/// proofs of work, opens submissions, uploads ciphertext in chunks, sends the tip, logs in with the lookup secret
/// and answers. Every request carries <c>?lang=</c> like the script's; cookies are kept by hand, exactly as sent.
/// The HttpClient is the caller's, so a test can put a handler in front (e.g. to plant headers on every request).
/// </summary>
internal sealed class ApiClient(HttpClient http, string language)
{
    public const string SessionCookieName = "tipline-followup";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>"tipline-followup=…" after a successful login, sent with every later request.</summary>
    public string? Session { get; private set; }

    public static string IntakeFilePath(string submission, string file) => $"/api/intake/submissions/{submission}/files/{file}";

    public static string ReplyFilePath(string file) => $"/api/followup/files/{file}";

    /// <summary>Fails with the response body in the message, so a refused request says why.</summary>
    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public string Url(string path, long? offset = null) =>
        path + "?" + (offset is null ? string.Empty : "offset=" + offset.Value.ToString(CultureInfo.InvariantCulture) + "&") + "lang=" + language;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (Session is not null)
        {
            request.Headers.Add("Cookie", Session);
        }

        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
        SendAsync(HttpMethod.Post, Url(path), JsonContent.Create(body, body.GetType(), options: Json));

    public async Task<ApiClientIntakePage> ReadIntakePageAsync(string channel)
    {
        using var response = await SendAsync(HttpMethod.Get, Url($"/report/{channel}"), null);
        await ExpectAsync(response, HttpStatusCode.OK);
        return ApiClientIntakePage.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A fresh challenge for "submit" or "login", solved.</summary>
    public async Task<ApiClientProof> SolveAsync(string purpose)
    {
        var challenge = await RequestChallengeAsync(purpose);
        return new ApiClientProof(challenge.Challenge, ProofOfWorkSolver.Solve(challenge));
    }

    public async Task<ProofOfWorkChallenge> RequestChallengeAsync(string purpose)
    {
        using var response = await PostJsonAsync("/api/pow/challenges", new { purpose });
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ProofOfWorkChallenge>(Json))!;
    }

    public Task<HttpResponseMessage> OpenSubmissionAsync(string channel, ApiClientProof proof) =>
        PostJsonAsync($"/api/intake/{channel}/submissions", proof);

    /// <summary>Solves a "submit" proof and opens a submission with it.</summary>
    public async Task<ApiClientSubmission> OpenSubmissionAsync(string channel)
    {
        using var response = await OpenSubmissionAsync(channel, await SolveAsync("submit"));
        await ExpectAsync(response, HttpStatusCode.OK);
        return ApiClientSubmission.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    public Task<HttpResponseMessage> AddIntakeFileAsync(string submission) =>
        PostJsonAsync($"/api/intake/submissions/{submission}/files", new { });

    public async Task<string> AddIntakeFileIdAsync(string submission)
    {
        using var response = await AddIntakeFileAsync(submission);
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file").GetString()!;
    }

    /// <summary>A new file in the submission, uploaded whole in chunks of the announced size; returns its id.</summary>
    public async Task<string> UploadIntakeFileAsync(ApiClientSubmission submission, byte[] ciphertext)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var file = await AddIntakeFileIdAsync(submission.Id);
        await UploadAsync(IntakeFilePath(submission.Id, file), ciphertext, submission.ChunkBytes);
        return file;
    }

    public Task<HttpResponseMessage> PutChunkAsync(string path, long offset, ReadOnlyMemory<byte> bytes)
    {
        var content = new ReadOnlyMemoryContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return SendAsync(HttpMethod.Put, Url(path, offset), content);
    }

    /// <summary>PUTs <paramref name="ciphertext"/> in chunks of <paramref name="chunkBytes"/>, each at the offset reached; returns how many PUTs it took.</summary>
    public async Task<int> UploadAsync(string path, byte[] ciphertext, int chunkBytes, long startAt = 0)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var requests = 0;
        for (var offset = startAt; offset < ciphertext.Length; offset += chunkBytes)
        {
            var length = (int)Math.Min(chunkBytes, ciphertext.Length - offset);
            using var response = await PutChunkAsync(path, offset, ciphertext.AsMemory((int)offset, length));
            await ExpectAsync(response, HttpStatusCode.NoContent);
            requests++;
        }

        return requests;
    }

    public Task<HttpResponseMessage> StoreTipAsync(string submission, ApiClientTipRequest request) =>
        PostJsonAsync($"/api/intake/submissions/{submission}/tip", request);

    /// <summary>
    /// The script's whole submission (ClientApp intake/submitReport.js): proof of work, submission, keys and sealed
    /// answers, each file encrypted and uploaded, then the tip; returns the sealed tip once the server answered 201.
    /// </summary>
    public async Task<ApiClientTip> SubmitTipAsync(string channel, TipAnswers answers, IReadOnlyList<byte[]> files) =>
        await SubmitTipAsync(await ReadIntakePageAsync(channel), answers, files);

    /// <summary>The same, with the report page already read (as a script does for every tip sent from one page).</summary>
    public async Task<ApiClientTip> SubmitTipAsync(ApiClientIntakePage page, TipAnswers answers, IReadOnlyList<byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(page);
        var submission = await OpenSubmissionAsync(page.Channel);
        var tip = ApiClientTip.Seal(page, answers);
        var fileIds = new List<string>();
        foreach (var file in files)
        {
            fileIds.Add(await UploadIntakeFileAsync(submission, tip.EncryptFile(file)));
        }

        using var stored = await StoreTipAsync(submission.Id, tip.ToRequest(fileIds));
        await ExpectAsync(stored, HttpStatusCode.Created);
        return tip;
    }

    /// <summary>POST /api/followup/login; on 204 the session cookie is kept for later requests.</summary>
    public async Task<HttpResponseMessage> LoginAsync(ApiClientProof? proof, string lookupSecretHex)
    {
        var response = await PostJsonAsync("/api/followup/login", new { challenge = proof?.Challenge, nonce = proof?.Nonce, lookupSecret = lookupSecretHex });
        if (response.StatusCode == HttpStatusCode.NoContent && response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            Session = cookies.Select(c => c.Split(';')[0]).SingleOrDefault(c => c.StartsWith(SessionCookieName + "=", StringComparison.Ordinal));
        }

        return response;
    }

    public async Task<ApiClientFollowUpPage> ReadFollowUpPageAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, Url("/followup"), null);
        await ExpectAsync(response, HttpStatusCode.OK);
        return ApiClientFollowUpPage.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A new reply file (POST /api/followup/files), uploaded in the chunk size that answer names; returns its id.</summary>
    public async Task<string> UploadReplyFileAsync(byte[] ciphertext)
    {
        using var created = await PostJsonAsync("/api/followup/files", new { });
        await ExpectAsync(created, HttpStatusCode.OK);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var file = body.GetProperty("file").GetString()!;
        await UploadAsync(ReplyFilePath(file), ciphertext, body.GetProperty("chunkBytes").GetInt32());
        return file;
    }

    public Task<HttpResponseMessage> SendReplyAsync(byte[] bodyCiphertext, IReadOnlyList<string> files) =>
        PostJsonAsync("/api/followup/messages", new { body = Convert.ToBase64String(bodyCiphertext), files });

    public Task<HttpResponseMessage> DownloadAsync(Guid attachment) =>
        SendAsync(HttpMethod.Get, Url($"/api/followup/files/{attachment}"), null);
}
