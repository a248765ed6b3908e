using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;
using TipLine.Infrastructure.Tests.Support;

namespace TipLine.Infrastructure.Tests.Security;

public sealed class DataProtectionTests : IDisposable
{
    private readonly TemporaryDirectory root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task Key_ring_written_by_one_instance_is_read_by_another_and_is_encrypted_at_rest()
    {
        var configuration = Configuration();
        string protectedPayload;
        await using (var first = await StartAsync(configuration, root.Path, migrate: true))
        {
            protectedPayload = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("sealed secret");
        }

        var certificatePath = Path.Combine(root.Path, "data", "keys", "dataprotection.pfx");
        Assert.True(File.Exists(certificatePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificatePath));
        }
        using (var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, null))
        {
            Assert.Equal(3072, certificate.GetRSAPrivateKey()!.KeySize);
        }

        await using var second = await StartAsync(configuration, root.Path, migrate: false);
        Assert.Equal("sealed secret", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));

        await using var scope = second.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<TipLineDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
        var xml = Assert.Single(keys).Xml!;
        Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
        Assert.Contains("EncryptedKey", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_ring_cannot_be_read_with_another_certificate()
    {
        var configuration = Configuration();
        string protectedPayload;
        await using (var first = await StartAsync(configuration, root.Path, migrate: true))
        {
            protectedPayload = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("sealed secret");
        }

        // Same database, but a different content root, so a different self-signed certificate.
        using var otherRoot = new TemporaryDirectory();
        await using var thief = await StartAsync(configuration, otherRoot.Path, migrate: false);
        Assert.ThrowsAny<CryptographicException>(() => thief.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));
    }

    [Fact]
    public async Task A_configured_password_protected_certificate_is_used()
    {
        var pfxPath = Path.Combine(root.Path, "operator.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Operator key", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfxPath, certificate.Export(X509ContentType.Pfx, "correct horse"));
        }

        var configuration = Configuration(
            (TipLineDataProtectionServiceCollectionExtensions.CertificatePathKey, pfxPath),
            (TipLineDataProtectionServiceCollectionExtensions.CertificatePasswordKey, "correct horse"));
        await using var services = await StartAsync(configuration, root.Path, migrate: true);
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("x", protector.Unprotect(protector.Protect("x")));
        Assert.False(Directory.Exists(Path.Combine(root.Path, "data", "keys")));
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public void Server_databases_refuse_to_start_without_a_named_certificate(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:TipLine"] = "Host=unused.invalid",
        }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddTipLineDataProtection(configuration, new TestHostEnvironment(root.Path)));
        Assert.Contains("DataProtection:CertificatePath", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.Path, "data", "keys")));
    }

    private IConfiguration Configuration(params (string Key, string Value)[] extra) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:TipLine"] = "Data Source=" + Path.Combine(root.Path, "shared", "ring.db"),
            }.Concat(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))))
        .Build();

    private static async Task<ServiceProvider> StartAsync(IConfiguration configuration, string contentRoot, bool migrate)
    {
        var environment = new TestHostEnvironment(contentRoot);
        var services = new ServiceCollection().AddLogging();
        services.AddTipLinePersistence(configuration, environment);
        services.AddTipLineDataProtection(configuration, environment);
        var provider = services.BuildServiceProvider();
        if (migrate)
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyPendingMigrationsAsync();
        }

        return provider;
    }
}
