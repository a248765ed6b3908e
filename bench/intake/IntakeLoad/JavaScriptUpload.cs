using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Bench.Intake;

/// <summary>
/// One tip with one attachment the way the browser sends it with JavaScript on: the file is padded and encrypted to
/// the tip key on the fly and uploaded in chunks of the size the server asked for, then the tip is stored.
/// </summary>
public static class JavaScriptUpload
{
    private const int CopyBufferBytes = 1024 * 1024;

    /// <summary>Returns the number of ciphertext bytes uploaded.</summary>
    public static async Task<long> SendAsync(HttpClient http, string channel, long fileBytes, CancellationToken cancellationToken)
    {
        var config = await IntakePageConfig.LoadAsync(http, channel, cancellationToken);
        var api = new IntakeApiClient(http, config.Channel);
        var proof = await api.SolveProofOfWorkAsync(cancellationToken);
        var opened = await api.OpenSubmissionAsync(proof, cancellationToken);
        var answers = AnswersDocument.Build(4096, [new AttachedFile("evidence.mp4", "video/mp4", fileBytes)]);
        using var tip = SealedTip.Seal(answers, config.Recipients);

        var file = await api.AddFileAsync(opened.Submission, cancellationToken);
        var sink = new ChunkUploadSink(api, opened.Submission, file, opened.ChunkBytes);
        await using (sink)
        {
            var encrypting = AgeEncryptor.CreateEncryptingStream(sink, [tip.TipKey.Recipient], leaveOpen: true);
            var padding = new PaddingWriteStream(encrypting);
            await using (padding)
            {
                using var plaintext = new RepeatingBlockStream(fileBytes);
                await plaintext.CopyToAsync(padding, CopyBufferBytes, cancellationToken);
                await padding.CompleteAsync(cancellationToken);
            }

            // Disposing the padding stream disposed the encrypting one, which sealed the last STREAM chunk into the sink.
            await sink.CompleteAsync(cancellationToken);
            await api.StoreTipAsync(opened.Submission, tip.ToRequestBody([file]), cancellationToken);
            return sink.UploadedBytes;
        }
    }
}
