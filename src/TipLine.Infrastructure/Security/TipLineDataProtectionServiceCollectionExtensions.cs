using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Infrastructure.Security;

public static class TipLineDataProtectionServiceCollectionExtensions
{
    public const string ApplicationName = "TipLine";
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    /// <summary>Semicolon-separated PFX paths of retired certificates, still accepted for reading old keys after a rotation.</summary>
    public const string PreviousCertificatePathsKey = "DataProtection:PreviousCertificatePaths";

    /// <summary>
    /// Stores the key ring in the database (shared by every instance) encrypted to a certificate kept outside it.
    /// Requires <see cref="PersistenceServiceCollectionExtensions.AddTipLinePersistence"/>.
    /// </summary>
    public static IDataProtectionBuilder AddTipLineDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var baseDirectory = environment.ContentRootPath;
        var certificate = ResolveCertificate(configuration, baseDirectory);
        var readable = new List<X509Certificate2> { certificate };
        var previous = configuration[PreviousCertificatePathsKey];
        if (!string.IsNullOrWhiteSpace(previous))
        {
            foreach (var path in previous.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                readable.Add(DataProtectionCertificate.Load(Path.GetFullPath(path, baseDirectory), configuration[CertificatePasswordKey]));
            }
        }

        services.AddScoped<TipLine.Application.Abstractions.ISecretSealer, DataProtectionSecretSealer>();
        return services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<TipLineDbContext>()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate([.. readable]);
    }

    private static X509Certificate2 ResolveCertificate(IConfiguration configuration, string baseDirectory)
    {
        var configuredPath = configuration[CertificatePathKey];
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return DataProtectionCertificate.Load(Path.GetFullPath(configuredPath, baseDirectory), configuration[CertificatePasswordKey]);
        }

        var provider = DatabaseSettings.ParseProvider(configuration[DatabaseSettings.ProviderKey]);
        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"{CertificatePathKey} is not set. With Database:Provider={provider} the Data Protection key ring is shared in the database " +
                "and must be encrypted to a certificate you provide (a PFX with an RSA key, kept outside the database); set " +
                $"{CertificatePathKey} and, if the PFX has one, {CertificatePasswordKey}.");
        }

        var keyDirectory = Path.GetFullPath(ServerKeyFiles.KeyDirectory(configuration), baseDirectory);
        return DataProtectionCertificate.LoadOrCreate(Path.Combine(keyDirectory, DataProtectionCertificate.DefaultFileName));
    }
}
