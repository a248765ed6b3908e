using System.Text;
using TipLine.Application.Evidence;

namespace TipLine.Application.Tests.Evidence;

internal static class Sanitising
{
    public static (SanitiseResult Result, byte[] Copy) Sanitise(byte[] content)
    {
        var output = new MemoryStream();
        var result = FileMetadata.Sanitise(content, "evidence.bin", output);
        return (result, output.ToArray());
    }

    /// <summary>Sanitises, asserting success and that the copy, read again, identifies nobody.</summary>
    public static byte[] SanitiseCleanly(byte[] content, string format)
    {
        var (result, copy) = Sanitise(content);
        Assert.True(result.Sanitised, result.ReasonNotSanitised);
        Assert.Null(result.ReasonNotSanitised);
        var again = FileMetadata.Inspect(copy, null);
        Assert.Equal(format, again.Format);
        Assert.False(again.HasIdentifyingMetadata, string.Join("; ", again.Findings));
        Assert.True(again.CanSanitise);
        return copy;
    }

    private static readonly Encoding[] Encodings = [Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode];

    /// <summary>The value must not survive in any encoding a format might use for it.</summary>
    public static void AssertAbsent(byte[] file, string plantedValue)
    {
        foreach (var encoding in Encodings)
        {
            Assert.True(file.AsSpan().IndexOf(encoding.GetBytes(plantedValue)) < 0, $"'{plantedValue}' ({encoding.WebName}) survived");
        }
    }

    /// <summary>Proves a sample holds the value, so its absence from the copy means something.</summary>
    public static void AssertPresent(byte[] file, string plantedValue) =>
        Assert.Contains(Encodings, encoding => file.AsSpan().IndexOf(encoding.GetBytes(plantedValue)) >= 0);

    public static MetadataFinding Finding(FileMetadataReport report, string field) =>
        Assert.Single(report.Findings, finding => finding.Field == field);
}
