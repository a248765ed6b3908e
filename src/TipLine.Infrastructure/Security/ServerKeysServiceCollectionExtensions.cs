using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TipLine.Application.Abstractions;
using TipLine.Crypto.Signing;

namespace TipLine.Infrastructure.Security;

public static class ServerKeysServiceCollectionExtensions
{
    /// <summary>Registers the server signing key (audit log, intake records) and the deployment salt, loaded or created once at start-up.</summary>
    public static IServiceCollection AddTipLineServerKeys(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        var baseDirectory = environment.ContentRootPath;
        services.AddSingleton(_ => ServerKeyFiles.LoadSigningKey(configuration, baseDirectory));
        services.AddSingleton(_ => new DeploymentSalt(ServerKeyFiles.LoadDeploymentSalt(configuration, baseDirectory)));
        services.AddSingleton<IAuditSigner>(provider => new ServerAuditSigner(provider.GetRequiredService<Ed25519SigningKey>()));
        services.AddSingleton<IAuditSignatureVerifier, Ed25519AuditSignatureVerifier>();
        return services;
    }
}

/// <summary>The per-deployment salt that receipts are stretched with; public by design (browsers need it), but fixed per deployment.</summary>
public sealed record DeploymentSalt(byte[] Value);
