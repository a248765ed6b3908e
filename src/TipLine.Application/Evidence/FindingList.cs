using System.Text;

namespace TipLine.Application.Evidence;

/// <summary>
/// Collects findings from untrusted bytes with a ceiling on how many and how long, so a hostile file cannot make the
/// report (or the page that shows it) grow without bound.
/// </summary>
internal sealed class FindingList
{
    private const int MaxFindings = 200;
    private const int MaxValueLength = 300;

    private readonly List<MetadataFinding> findings = [];
    private readonly HashSet<MetadataFinding> seen = [];

    public IReadOnlyList<MetadataFinding> Items => findings;

    /// <summary>True once no more findings are kept: callers stop decoding what would be thrown away.</summary>
    public bool IsFull => findings.Count >= MaxFindings;

    /// <summary>Adds a finding unless its value is blank: a blanked field (as a sanitised PDF keeps) says nothing.</summary>
    public void Add(MetadataKind kind, string field, string? value)
    {
        if (IsFull)
        {
            return;
        }

        var shown = Printable(value);
        if (shown.Length == 0)
        {
            return;
        }

        var finding = new MetadataFinding(kind, Printable(field), shown);
        if (seen.Add(finding))
        {
            findings.Add(finding);
        }
    }

    public void AddSize(MetadataKind kind, string field, int byteCount) =>
        Add(kind, field, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{byteCount} bytes"));

    /// <summary>
    /// Control characters become spaces so a value cannot fake lines or terminal sequences in a report; field names
    /// go through it too, since some come from the file (PDF keys, custom property names, zip entry names).
    /// </summary>
    private static string Printable(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var text = new StringBuilder(Math.Min(value.Length, MaxValueLength + 1));
        foreach (var character in value)
        {
            if (text.Length == MaxValueLength)
            {
                text.Append('…');
                break;
            }

            text.Append(char.IsControl(character) ? ' ' : character);
        }

        return text.ToString().Trim();
    }
}
