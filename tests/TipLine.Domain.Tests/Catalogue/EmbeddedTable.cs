using System.Text;
using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

/// <summary>Reads the raw embedded tables, to compare what the catalogues loaded with what the files hold.</summary>
internal static class EmbeddedTable
{
    public static IReadOnlyList<string> DataLines(string resourceName)
    {
        using var stream = typeof(SpeciesCatalogue).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"missing resource {resourceName}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        // The first non-comment line is the header.
        return lines.Skip(1).ToList();
    }

    public static IReadOnlyList<string> CommentLines(string resourceName)
    {
        using var stream = typeof(SpeciesCatalogue).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"missing resource {resourceName}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
