using System.Buffers;
using TipLine.Cli.Commands;
using TipLine.Crypto.Age;

namespace TipLine.Cli.Age;

/// <summary>"tipline age": encrypts and decrypts age v1 files like the age CLI, streaming with constant memory.</summary>
internal sealed class AgeCommand : ICliCommand
{
    private const int CopyBufferSize = 1024 * 1024;
    private const int PassphraseWorkFactor = 18;

    private const string Usage = """
        Usage:
            tipline age [--encrypt] (-r RECIPIENT | -R PATH | -i PATH)... [--armor] [-o OUTPUT] [INPUT]
            tipline age [--encrypt] --passphrase [--armor] [-o OUTPUT] [INPUT]
            tipline age --decrypt [-i PATH]... [-o OUTPUT] [INPUT]
        Short forms: -e -d -r -R -i -a -p -o. INPUT and OUTPUT default to stdin and stdout.
        Without -i, --decrypt asks for a passphrase. Passphrases come from the terminal, or from the
        TIPLINE_PASSPHRASE environment variable when set (for scripts).
        With -o, output goes to a temporary file renamed into place only on success.
        """;

    public string Name => "age";

    public string Summary => "Encrypt or decrypt age v1 files (-e/-d, -r, -R, -i, -a, -p, -o), compatible with the age CLI.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Count == 1 && arguments[0] is "-h" or "--help")
        {
            await console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        try
        {
            var options = AgeOptions.Parse(arguments);
            if (options.Decrypt)
            {
                Decrypt(options, console, cancellationToken);
            }
            else
            {
                Encrypt(options, console, cancellationToken);
            }

            return 0;
        }
        catch (AgeUsageException e)
        {
            await console.Error.WriteLineAsync("tipline: error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (AgeException e)
        {
            await console.Error.WriteLineAsync("tipline: error: " + e.Message).ConfigureAwait(false);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("tipline: error: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static void Encrypt(AgeOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var recipients = ResolveRecipients(options);
        using var input = OpenInput(options.Input, console);
        using var output = new AtomicOutput(options.Output, console.StandardOutput, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using (var encrypting = AgeEncryptor.CreateEncryptingStream(output.Stream, recipients, options.Armor, leaveOpen: true))
        {
            Copy(input, encrypting, cancellationToken);
        }

        output.Commit();
    }

    private static void Decrypt(AgeOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var identities = ResolveIdentities(options, console);
        try
        {
            using var input = OpenInput(options.Input, console);
            using var output = new AtomicOutput(options.Output, console.StandardOutput, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            using (var decrypting = AgeDecryptor.OpenDecryptingStream(input, identities, leaveOpen: true))
            {
                Copy(decrypting, output.Stream, cancellationToken);
            }

            output.Commit();
        }
        finally
        {
            foreach (var identity in identities.OfType<IDisposable>())
            {
                identity.Dispose();
            }
        }
    }

    private static List<IAgeRecipient> ResolveRecipients(AgeOptions options)
    {
        if (options.Passphrase)
        {
            return [new ScryptRecipient(PassphraseSource.Get(confirm: true), PassphraseWorkFactor)];
        }

        var recipients = new List<IAgeRecipient>();
        foreach (var text in options.Recipients)
        {
            if (!X25519Recipient.TryParse(text, out var recipient))
            {
                // Never echo a secret key pasted by mistake into the terminal scrollback or logs.
                throw new AgeException(AgeError.InvalidRecipient, text.StartsWith("AGE-SECRET-KEY-", StringComparison.OrdinalIgnoreCase)
                    ? "invalid recipient: that is a secret key; pass its public key (age1...) instead."
                    : $"invalid recipient \"{text}\": expected an age X25519 recipient (age1...).");
            }

            recipients.Add(recipient!);
        }

        foreach (var path in options.RecipientFiles)
        {
            using var reader = OpenText(path);
            recipients.AddRange(KeyFileReader.ReadRecipients(path, reader));
        }

        foreach (var path in options.IdentityFiles)
        {
            using var reader = OpenText(path);
            foreach (var identity in KeyFileReader.ReadIdentities(path, reader))
            {
                recipients.Add(identity.Recipient);
                identity.Dispose();
            }
        }

        return recipients;
    }

    private static List<IAgeIdentity> ResolveIdentities(AgeOptions options, CliConsole console)
    {
        if (options.IdentityFiles.Count == 0)
        {
            return [new ScryptIdentity(PassphraseSource.Get(confirm: false))];
        }

        var identities = new List<IAgeIdentity>();
        foreach (var path in options.IdentityFiles)
        {
            using var reader = path == "-" ? new StreamReader(console.StandardInput, leaveOpen: true) : OpenText(path);
            identities.AddRange(KeyFileReader.ReadIdentities(path, reader));
        }

        return identities;
    }

    private static StreamReader OpenText(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (FileNotFoundException)
        {
            throw new IOException($"cannot open {path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new IOException($"cannot open {path}: no such directory.");
        }
    }

    private static Stream OpenInput(string? path, CliConsole console)
    {
        if (path is null || path == "-")
        {
            return new NonClosingStream(console.StandardInput);
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw new IOException($"cannot open input file {path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new IOException($"cannot open input file {path}: no such directory.");
        }
    }

    /// <summary>
    /// Copies with two 1 MiB buffers: the next read runs on another thread while the current buffer is
    /// written, so reading overlaps sealing or opening (large buffers also let the encryptor use two cores).
    /// </summary>
    private static void Copy(Stream from, Stream to, CancellationToken cancellationToken)
    {
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent(CopyBufferSize), ArrayPool<byte>.Shared.Rent(CopyBufferSize)];
        Task<int>? pendingRead = null;
        try
        {
            var current = 0;
            var n = ReadFull(from, buffers[current]);
            while (n > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = buffers[1 - current];
                pendingRead = Task.Run(() => ReadFull(from, next), cancellationToken);
                to.Write(buffers[current], 0, n);
                n = pendingRead.GetAwaiter().GetResult();
                pendingRead = null;
                current = 1 - current;
            }
        }
        finally
        {
            // Never hand a buffer back to the pool while a read may still be filling it.
            try
            {
                pendingRead?.Wait(cancellationToken);
            }
            catch (Exception e) when (e is AggregateException or OperationCanceledException)
            {
                // The original failure is what the user needs to see.
            }

            foreach (var buffer in buffers)
            {
                ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            }
        }
    }

    /// <summary>Fills the buffer unless the stream ends, so pipes delivering 64 KiB at a time still give large writes.</summary>
    private static int ReadFull(Stream from, byte[] buffer)
    {
        var total = 0;
        while (total < CopyBufferSize)
        {
            var n = from.Read(buffer, total, CopyBufferSize - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
