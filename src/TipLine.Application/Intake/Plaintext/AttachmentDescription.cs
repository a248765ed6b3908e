using System.Text.Json.Serialization;
using TipLine.Crypto.Age;

namespace TipLine.Application.Intake.Plaintext;

/// <summary>What the sender said about a file; kept inside the encrypted answers or message, never in the database.</summary>
public sealed record AttachmentDescription(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("size")] long Size)
{
    /// <summary>
    /// The description of the file at <paramref name="position"/> of the tip's answers (<paramref name="messageCiphertext"/>
    /// null) or of one message. Null when the sender described no file there or their document does not open: the
    /// file itself is still evidence, so a bad description must not hide it.
    /// </summary>
    public static AttachmentDescription? Find(X25519Identity tipKey, byte[] answersCiphertext, byte[]? messageCiphertext, int position)
    {
        var files = messageCiphertext is null
            ? UntrustedDocument.TryOpen(() => TipAnswers.Open(answersCiphertext, tipKey))?.Files
            : UntrustedDocument.TryOpen(() => MessageBody.Open(messageCiphertext, tipKey))?.Files;
        return files?.ElementAtOrDefault(position);
    }
}
