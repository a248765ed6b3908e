using System.Globalization;
using System.Text;
using TipLine.Cli.Commands;
using TipLine.Crypto.Age;

namespace TipLine.Cli.Age;

/// <summary>"tipline age-keygen": makes an X25519 identity file like age-keygen, or with -y prints its recipients.</summary>
internal sealed class AgeKeygenCommand : ICliCommand
{
    private const string Usage = """
        Usage:
            tipline age-keygen [-o OUTPUT]
            tipline age-keygen -y [-o OUTPUT] [INPUT]
        Without -y, writes a new identity file (mode 0600; refuses to overwrite). With -y, reads an identity
        file from INPUT or stdin and prints the matching recipients, one per line.
        """;

    public string Name => "age-keygen";

    public string Summary => "Generate an age X25519 identity file (-o FILE), or convert one to recipients (-y).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        string? output = null;
        string? input = null;
        var convert = false;
        try
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                switch (arguments[i])
                {
                    case "-h" or "--help":
                        await console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                        return 0;
                    case "-y":
                        convert = true;
                        break;
                    case "-o" or "--output":
                        output = i + 1 < arguments.Count ? arguments[++i] : throw new AgeUsageException("flag -o needs a value.");
                        break;
                    default:
                        if (arguments[i].StartsWith('-') && arguments[i].Length > 1)
                        {
                            throw new AgeUsageException($"unknown flag {arguments[i]}.");
                        }

                        input = input is null ? arguments[i] : throw new AgeUsageException("only one input file may be given.");
                        break;
                }
            }

            if (input is not null && !convert)
            {
                throw new AgeUsageException("an input file is only accepted with -y.");
            }

            if (convert)
            {
                await ConvertAsync(input, output, console, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await GenerateAsync(output, console, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        catch (AgeUsageException e)
        {
            await console.Error.WriteLineAsync("tipline: error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (Exception e) when (e is AgeException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("tipline: error: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task GenerateAsync(string? output, CliConsole console, CancellationToken cancellationToken)
    {
        using var identity = X25519Identity.Generate();
        var created = DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var text = $"# created: {created}\n# public key: {identity.Recipient}\n{identity.ToSecretString()}\n";
        var bytes = Encoding.ASCII.GetBytes(text);
        if (output is null)
        {
            await console.StandardOutput.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await console.StandardOutput.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            var file = new FileStream(output, options);
            await using (file.ConfigureAwait(false))
            {
                await file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IOException) when (File.Exists(output))
        {
            throw new IOException($"{output} already exists; refusing to overwrite an identity file.");
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }

        await console.Error.WriteLineAsync($"Public key: {identity.Recipient}").ConfigureAwait(false);
    }

    private static async Task ConvertAsync(string? input, string? output, CliConsole console, CancellationToken cancellationToken)
    {
        List<X25519Identity> identities;
        if (input is null || input == "-")
        {
            using var reader = new StreamReader(console.StandardInput, leaveOpen: true);
            identities = KeyFileReader.ReadIdentities("(stdin)", reader);
        }
        else
        {
            if (!File.Exists(input))
            {
                throw new IOException($"cannot open {input}: no such file.");
            }

            using var reader = new StreamReader(input);
            identities = KeyFileReader.ReadIdentities(input, reader);
        }

        var text = new StringBuilder();
        foreach (var identity in identities)
        {
            text.Append(identity.Recipient).Append('\n');
            identity.Dispose();
        }

        var bytes = Encoding.ASCII.GetBytes(text.ToString());
        if (output is null)
        {
            await console.StandardOutput.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await console.StandardOutput.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllBytesAsync(output, bytes, cancellationToken).ConfigureAwait(false);
        }
    }
}
