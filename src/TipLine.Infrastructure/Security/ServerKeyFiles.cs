using Microsoft.Extensions.Configuration;
using TipLine.Crypto.Receipts;
using TipLine.Crypto.Signing;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Infrastructure.Security;

/// <summary>
/// The server's own long-lived secrets, kept in files outside the database: the Ed25519 key that signs intake
/// records and the audit log, and the deployment salt that receipts are derived with. On the embedded SQLite
/// default they are created on first run in TipLine:KeyDirectory; a production provider must name them, because
/// every instance has to share the same ones.
/// </summary>
public static class ServerKeyFiles
{
    public const string KeyDirectoryKey = "TipLine:KeyDirectory";
    public const string SigningKeyFileKey = "TipLine:SigningKeyFile";
    public const string DeploymentSaltFileKey = "TipLine:DeploymentSaltFile";
    public const string DefaultKeyDirectory = "./data/keys";
    public const string SigningKeyFileName = "server-signing.key";
    public const string DeploymentSaltFileName = "deployment-salt.bin";

    public static string KeyDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[KeyDirectoryKey];
        return string.IsNullOrWhiteSpace(configured) ? DefaultKeyDirectory : configured;
    }

    /// <summary>Loads (or on the embedded default creates) the server signing key.</summary>
    public static Ed25519SigningKey LoadSigningKey(IConfiguration configuration, string baseDirectory)
    {
        return ReadSigningKey(Resolve(configuration, SigningKeyFileKey, SigningKeyFileName, baseDirectory));
    }

    private static Ed25519SigningKey ReadSigningKey(string path)
    {
        var text = File.ReadAllText(path).Trim();
        try
        {
            return Ed25519SigningKey.FromBase64(text);
        }
        catch (Exception error) when (error is FormatException or ArgumentException)
        {
            throw new InvalidOperationException($"The server signing key file '{path}' ({SigningKeyFileKey}) is not a base64 Ed25519 private key.", error);
        }
    }

    /// <summary>The server's public verification key, or null when no signing key file exists yet (never creates one).</summary>
    public static byte[]? TryLoadSigningPublicKey(IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[SigningKeyFileKey];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Path.GetFullPath(KeyDirectory(configuration), baseDirectory), SigningKeyFileName)
            : Path.GetFullPath(configured, baseDirectory);
        if (!File.Exists(path))
        {
            return null;
        }

        using var key = ReadSigningKey(path);
        return key.PublicKey;
    }

    /// <summary>Loads (or on the embedded default creates) the deployment salt, raw bytes (at least 16).</summary>
    public static byte[] LoadDeploymentSalt(IConfiguration configuration, string baseDirectory)
    {
        var path = Resolve(configuration, DeploymentSaltFileKey, DeploymentSaltFileName, baseDirectory);
        var salt = File.ReadAllBytes(path);
        if (salt.Length < 16)
        {
            throw new InvalidOperationException($"The deployment salt file '{path}' ({DeploymentSaltFileKey}) must hold at least 16 random bytes.");
        }

        return salt;
    }

    private static string Resolve(IConfiguration configuration, string settingKey, string defaultFileName, string baseDirectory)
    {
        var configured = configuration[settingKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(configured, baseDirectory);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The file '{path}' named by {settingKey} does not exist.");
            }

            return path;
        }

        var provider = DatabaseSettings.ParseProvider(configuration[DatabaseSettings.ProviderKey]);
        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{settingKey} is not set. With Database:Provider={provider} every instance must share the same file; " +
                "create it with deploy/make-secrets.sh and name it in configuration.");
        }

        var directory = Path.GetFullPath(KeyDirectory(configuration), baseDirectory);
        PrivateDirectory.Create(directory);
        var defaultPath = Path.Combine(directory, defaultFileName);
        if (!File.Exists(defaultPath))
        {
            CreateOnce(defaultPath, defaultFileName == SigningKeyFileName ? NewSigningKeyFile() : ReceiptKeys.GenerateDeploymentSalt());
        }

        return defaultPath;
    }

    private static byte[] NewSigningKeyFile()
    {
        var key = Ed25519SigningKey.Generate();
        return System.Text.Encoding.ASCII.GetBytes(key.ExportPrivateKeyBase64() + "\n");
    }

    /// <summary>Writes a new secret file with mode 0600, never replacing one that another process created first.</summary>
    private static void CreateOnce(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance or process created it first; theirs is the one to use.
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(content);
        }
    }
}
