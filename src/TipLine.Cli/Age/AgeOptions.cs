namespace TipLine.Cli.Age;

/// <summary>Parsed flags of "tipline age", mirroring the age CLI's.</summary>
internal sealed class AgeOptions
{
    public bool Decrypt { get; private set; }

    public bool Armor { get; private set; }

    public bool Passphrase { get; private set; }

    public List<string> Recipients { get; } = [];

    public List<string> RecipientFiles { get; } = [];

    public List<string> IdentityFiles { get; } = [];

    public string? Output { get; private set; }

    public string? Input { get; private set; }

    public static AgeOptions Parse(IReadOnlyList<string> arguments)
    {
        var options = new AgeOptions();
        var encrypt = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            string Value()
            {
                if (i + 1 >= arguments.Count)
                {
                    throw new AgeUsageException($"flag {argument} needs a value.");
                }

                return arguments[++i];
            }

            switch (argument)
            {
                case "-e" or "--encrypt":
                    encrypt = true;
                    break;
                case "-d" or "--decrypt":
                    options.Decrypt = true;
                    break;
                case "-a" or "--armor":
                    options.Armor = true;
                    break;
                case "-p" or "--passphrase":
                    options.Passphrase = true;
                    break;
                case "-r" or "--recipient":
                    options.Recipients.Add(Value());
                    break;
                case "-R" or "--recipients-file":
                    options.RecipientFiles.Add(Value());
                    break;
                case "-i" or "--identity":
                    options.IdentityFiles.Add(Value());
                    break;
                case "-o" or "--output":
                    options.Output = options.Output is null ? Value() : throw new AgeUsageException("-o may be given only once.");
                    break;
                default:
                    if (argument.Length > 1 && argument[0] == '-')
                    {
                        throw new AgeUsageException($"unknown flag {argument}.");
                    }

                    options.Input = options.Input is null ? argument : throw new AgeUsageException("only one input file may be given.");
                    break;
            }
        }

        options.Validate(encrypt);
        return options;
    }

    private void Validate(bool encrypt)
    {
        if (encrypt && Decrypt)
        {
            throw new AgeUsageException("-e/--encrypt and -d/--decrypt are mutually exclusive.");
        }

        if (Decrypt)
        {
            if (Recipients.Count > 0 || RecipientFiles.Count > 0)
            {
                throw new AgeUsageException("-r/-R are for encryption; use -i to decrypt.");
            }

            if (Armor)
            {
                throw new AgeUsageException("-a/--armor is for encryption; armored files are detected when decrypting.");
            }

            if (Passphrase && IdentityFiles.Count > 0)
            {
                throw new AgeUsageException("-p/--passphrase and -i/--identity are mutually exclusive.");
            }

            return;
        }

        if (Passphrase && (Recipients.Count > 0 || RecipientFiles.Count > 0 || IdentityFiles.Count > 0))
        {
            throw new AgeUsageException("-p/--passphrase cannot be combined with -r, -R or -i.");
        }

        if (!Passphrase && Recipients.Count == 0 && RecipientFiles.Count == 0 && IdentityFiles.Count == 0)
        {
            throw new AgeUsageException("missing recipients: use -r, -R, -i or -p (see 'tipline age --help').");
        }
    }
}
