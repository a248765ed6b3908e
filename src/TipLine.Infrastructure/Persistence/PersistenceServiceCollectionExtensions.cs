using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TipLine.Application.Abstractions;

namespace TipLine.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers <see cref="TipLineDbContext"/> for the configured provider, <see cref="ITipLineDatabase"/> and <see cref="MigrationRunner"/>.</summary>
    public static IServiceCollection AddTipLinePersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = DatabaseSettings.FromConfiguration(configuration, environment);
        services.AddSingleton(settings);
        services.AddDbContext<TipLineDbContext>(options => TipLineDbContextOptions.Configure(options, settings));
        services.AddScoped<ITipLineDatabase>(provider => provider.GetRequiredService<TipLineDbContext>());
        services.AddScoped<MigrationRunner>();
        return services;
    }
}
