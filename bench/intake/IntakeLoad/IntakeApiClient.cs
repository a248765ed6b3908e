using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TipLine.Crypto.ProofOfWork;

namespace TipLine.Bench.Intake;

/// <summary>
/// The intake API as the browser script calls it (ADR 0017): challenge, solved proof, submission, file chunks, tip.
/// Any answer other than the one the protocol promises stops the benchmark: a refused request is not a measurement.
/// </summary>
public sealed class IntakeApiClient(HttpClient http, string channel)
{
    private static readonly byte[] SubmitPurpose = "{\"purpose\":\"submit\"}"u8.ToArray();
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private static readonly MediaTypeHeaderValue OctetStreamType = new("application/octet-stream");

    /// <summary>One client for every worker: keep-alive connections, no cookies, no redirects, no timeout on 1 GiB uploads.</summary>
    public static HttpClient CreateHttpClient(Uri baseAddress) =>
        new(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };

    /// <summary>POST /api/pow/challenges, then solve it as the browser does; returns the body that opens a submission.</summary>
    public async Task<byte[]> SolveProofOfWorkAsync(CancellationToken cancellationToken)
    {
        var issued = await PostJsonAsync<IssuedChallenge>("/api/pow/challenges", SubmitPurpose, HttpStatusCode.OK, cancellationToken);
        var challenge = Base64Url.DecodeFromChars(issued.Challenge);
        var nonce = ProofOfWork.Solve(challenge, issued.Difficulty, cancellationToken);
        var answer = $"{{\"challenge\":\"{issued.Challenge}\",\"nonce\":\"{nonce.ToString("x16", CultureInfo.InvariantCulture)}\"}}";
        return Encoding.ASCII.GetBytes(answer);
    }

    public Task<OpenedSubmission> OpenSubmissionAsync(byte[] solvedProof, CancellationToken cancellationToken) =>
        PostJsonAsync<OpenedSubmission>($"/api/intake/{channel}/submissions?lang=en", solvedProof, HttpStatusCode.OK, cancellationToken);

    public async Task<string> AddFileAsync(string submission, CancellationToken cancellationToken)
    {
        var added = await PostJsonAsync<AddedFile>($"/api/intake/submissions/{submission}/files?lang=en", EmptyObject, HttpStatusCode.OK, cancellationToken);
        return added.File;
    }

    public async Task PutChunkAsync(string submission, string file, long offset, ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        using var request = ChunkRequest(submission, file, offset, chunk);
        using var response = await http.SendAsync(request, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.NoContent, cancellationToken);
    }

    /// <summary>Synchronous chunk upload, for stream writers that call Write rather than WriteAsync.</summary>
    public void PutChunk(string submission, string file, long offset, ReadOnlyMemory<byte> chunk)
    {
        using var request = ChunkRequest(submission, file, offset, chunk);
        using var response = http.Send(request);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            using var reader = new StreamReader(response.Content.ReadAsStream());
            throw Refused(request.RequestUri, response.StatusCode, reader.ReadToEnd());
        }
    }

    /// <summary>POST …/tip; returns only after the 201 that tells the browser the tip is committed.</summary>
    public async Task StoreTipAsync(string submission, byte[] tipBody, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(tipBody);
        content.Headers.ContentType = JsonType;
        using var response = await http.PostAsync($"/api/intake/submissions/{submission}/tip?lang=en", content, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.Created, cancellationToken);
    }

    private static HttpRequestMessage ChunkRequest(string submission, string file, long offset, ReadOnlyMemory<byte> chunk)
    {
        var content = new ReadOnlyMemoryContent(chunk);
        content.Headers.ContentType = OctetStreamType;
        return new HttpRequestMessage(HttpMethod.Put, $"/api/intake/submissions/{submission}/files/{file}?lang=en&offset={offset.ToString(CultureInfo.InvariantCulture)}")
        {
            Content = content,
        };
    }

    private async Task<T> PostJsonAsync<T>(string path, byte[] body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonType;
        using var response = await http.PostAsync(path, content, cancellationToken);
        await ExpectAsync(response, expected, cancellationToken);
        var parsed = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
        return parsed ?? throw new BenchException($"{path}: the answer is not the JSON the protocol describes");
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            throw Refused(response.RequestMessage?.RequestUri, response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private static BenchException Refused(Uri? uri, HttpStatusCode status, string body) =>
        new($"{uri?.AbsolutePath} answered {(int)status}: {(body.Length > 300 ? body[..300] : body)}");

    private sealed record IssuedChallenge(string Challenge, int Difficulty);

    private sealed record AddedFile(string File);
}
