using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TipLine.Web.AntiAbuse;

/// <summary>Registers proof of work and the JavaScript-off rate limits; settings are checked at start-up.</summary>
public static class AntiAbuseServiceCollectionExtensions
{
    public static IServiceCollection AddTipLineAntiAbuse(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProofOfWorkOptions>()
            .Bind(configuration.GetSection(ProofOfWorkOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<NoScriptOptions>()
            .Bind(configuration.GetSection(NoScriptOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Both must be singletons: the challenge key and the spent ids, and the buckets, are per process.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ProofOfWorkService>();
        services.AddSingleton<NoScriptLimiter>();
        return services;
    }
}
