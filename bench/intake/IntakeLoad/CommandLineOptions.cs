using System.Globalization;

namespace TipLine.Bench.Intake;

/// <summary>"--name value" pairs; a name given without a value is a flag.</summary>
public sealed class CommandLineOptions
{
    private readonly Dictionary<string, string?> values;

    private CommandLineOptions(Dictionary<string, string?> values) => this.values = values;

    public static CommandLineOptions Parse(IEnumerable<string> arguments)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? pending = null;
        foreach (var argument in arguments)
        {
            if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    values[pending] = null;
                }

                pending = argument[2..];
            }
            else if (pending is not null)
            {
                values[pending] = argument;
                pending = null;
            }
            else
            {
                throw new BenchException($"unexpected argument '{argument}'");
            }
        }

        if (pending is not null)
        {
            values[pending] = null;
        }

        return new CommandLineOptions(values);
    }

    public string Text(string name) =>
        values.TryGetValue(name, out var value) && value is not null ? value : throw new BenchException($"--{name} is required");

    public string Text(string name, string fallback) =>
        values.TryGetValue(name, out var value) && value is not null ? value : fallback;

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var value) && value is not null
            ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : fallback;

    public int Number(string name) => int.Parse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public bool Flag(string name) => values.ContainsKey(name);
}
