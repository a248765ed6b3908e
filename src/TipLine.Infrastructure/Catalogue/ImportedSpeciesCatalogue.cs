using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TipLine.Domain.Catalogue;

namespace TipLine.Infrastructure.Catalogue;

/// <summary>
/// Where a deployment keeps the species catalogue that <c>tipline species import</c> writes: species.tsv in
/// TipLine:DataDirectory (default ./data, relative to the content root). The file is read once at startup, so a new
/// import takes effect when the service restarts.
/// </summary>
public static class ImportedSpeciesCatalogue
{
    public const string DataDirectoryKey = "TipLine:DataDirectory";
    public const string DefaultDataDirectory = "./data";
    public const string FileName = "species.tsv";

    public static string FilePath(IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[DataDirectoryKey];
        var directory = string.IsNullOrWhiteSpace(configured) ? DefaultDataDirectory : configured;
        return Path.Combine(Path.GetFullPath(directory, baseDirectory), FileName);
    }

    /// <summary>The imported catalogue at <paramref name="path"/>, or the built-in list when there is no file there.</summary>
    /// <exception cref="InvalidOperationException">The file exists but is not a valid table.</exception>
    public static SpeciesList Load(string path)
    {
        if (!File.Exists(path))
        {
            return SpeciesList.BuiltIn;
        }

        // A damaged import must stop the service rather than silently fall back to the small built-in list.
        using var reader = new StreamReader(path, Encoding.UTF8);
        try
        {
            return SpeciesList.Parse(reader);
        }
        catch (FormatException error)
        {
            throw new InvalidOperationException(
                $"The species catalogue {path} is not valid ({error.Message}); import it again with 'tipline species import'.", error);
        }
    }

    /// <summary>
    /// Registers the one <see cref="SpeciesList"/> that intake and triage read, loaded now so a damaged import stops
    /// the service at startup instead of failing the first tip.
    /// </summary>
    public static IServiceCollection AddTipLineSpeciesCatalogue(this IServiceCollection services, IConfiguration configuration, IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var path = FilePath(configuration, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
        services.AddSingleton(Load(path));
        return services;
    }
}
