namespace TipLine.Cli.Channels;

/// <summary>
/// The "--option value" pairs after a channel subcommand. Every option takes exactly one value and may appear once,
/// so a typo or a repeated option is an error rather than a silently ignored or overwritten setting.
/// </summary>
internal sealed class ChannelArguments
{
    public const string Organisation = "--organisation";
    public const string Slug = "--slug";
    public const string Name = "--name";
    public const string Description = "--description";
    public const string Languages = "--languages";
    public const string MaximumFileMebibytes = "--max-file-mb";
    public const string MaximumFiles = "--max-files";
    public const string RetentionDays = "--retention-days";

    /// <summary>The options that change a channel's settings, accepted by both "add" and "set".</summary>
    public static readonly IReadOnlyList<string> SettingOptions = [Name, Description, Languages, MaximumFileMebibytes, MaximumFiles, RetentionDays];

    private readonly Dictionary<string, string> values;

    private ChannelArguments(Dictionary<string, string> values)
    {
        this.values = values;
    }

    public string? this[string option] => values.GetValueOrDefault(option);

    /// <summary>Parses <paramref name="arguments"/>, accepting only <paramref name="allowed"/> options; throws <see cref="ChannelUsageException"/>.</summary>
    public static ChannelArguments Parse(string subcommand, IReadOnlyList<string> arguments, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(allowed);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var option = arguments[i];
            if (!option.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ChannelUsageException($"unexpected argument '{option}' (options are written --name value).");
            }

            if (!allowed.Contains(option))
            {
                throw new ChannelUsageException(option == Organisation && subcommand == "set"
                    ? "a channel stays with the organisation it was added for; --organisation is only for 'channel add'."
                    : $"'channel {subcommand}' has no option '{option}'.");
            }

            if (i + 1 >= arguments.Count)
            {
                throw new ChannelUsageException($"{option} needs a value.");
            }

            if (!values.TryAdd(option, arguments[++i]))
            {
                throw new ChannelUsageException($"{option} is given more than once.");
            }
        }

        return new ChannelArguments(values);
    }

    public string Required(string option) =>
        this[option] ?? throw new ChannelUsageException($"{option} is required.");
}
