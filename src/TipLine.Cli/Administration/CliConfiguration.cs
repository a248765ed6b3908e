using Microsoft.Extensions.Configuration;

namespace TipLine.Cli.Administration;

/// <summary>
/// The service's configuration as the operator commands see it: ./appsettings.json of the working directory, then
/// environment variables (Database__Provider, ConnectionStrings__TipLine, TipLine__KeyDirectory ...), then options.
/// `dotnet run --project src/TipLine.Cli` runs in src/TipLine.Web, so it shares the service's settings and ./data.
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Build(IReadOnlyDictionary<string, string?> overrides) =>
        new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
}
