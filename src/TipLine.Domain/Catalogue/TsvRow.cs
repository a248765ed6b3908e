namespace TipLine.Domain.Catalogue;

/// <summary>One data line of a catalogue table, with its line number so a parse error can point at it.</summary>
internal sealed record TsvRow(int LineNumber, IReadOnlyList<string> Fields)
{
    public FormatException Error(string problem) => new($"Line {LineNumber}: {problem}");
}
