using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TipLine.Infrastructure.Security;

/// <summary>
/// The certificate that encrypts the Data Protection key ring at rest. It never lives in the database, so a
/// database dump alone cannot unseal cookies, sessions or sealed TOTP secrets.
/// </summary>
public static class DataProtectionCertificate
{
    /// <summary>File name of the certificate created in TipLine:KeyDirectory on the embedded default.</summary>
    public const string DefaultFileName = "dataprotection.pfx";

    public static X509Certificate2 Load(string path, string? password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Data Protection certificate '{path}' (DataProtection:CertificatePath) does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"The Data Protection certificate '{path}' must hold an RSA private key.");
        }

        return certificate;
    }

    /// <summary>Loads the PFX at <paramref name="path"/>, creating a self-signed RSA-3072 one (mode 0600) if none exists yet.</summary>
    public static X509Certificate2 LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        return Load(path, password: null);
    }

    private static void TryCreate(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Persistence.PrivateDirectory.Create(directory);
        byte[] pfx;
        using (var rsa = RSA.Create(3072))
        {
            var request = new CertificateRequest("CN=TipLine Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
            var now = DateTimeOffset.UtcNow;
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(50));
            pfx = certificate.Export(X509ContentType.Pfx);
        }

        // Write under a temporary name and link into place, so a concurrent first start never reads half a PFX.
        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(pfx);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance created it first; use theirs.
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pfx);
            File.Delete(temporary);
        }
    }
}
