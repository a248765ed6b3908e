namespace TipLine.Bench.Intake;

/// <summary>Request bodies of distinct tips (own tip key, wraps and receipt each), sealed before the clock starts.</summary>
public static class SealedTipPool
{
    public static byte[][] Create(int count, byte[] answersJson, IReadOnlyList<string> channelRecipients, out int answersCiphertextBytes)
    {
        var bodies = new byte[count][];
        var answerSizes = new int[count];
        Parallel.For(0, count, i =>
        {
            using var tip = SealedTip.Seal(answersJson, channelRecipients);
            answerSizes[i] = tip.Answers.Length;
            bodies[i] = tip.ToRequestBody([]);
        });
        answersCiphertextBytes = answerSizes.Length == 0 ? 0 : answerSizes.Max();
        return bodies;
    }
}
