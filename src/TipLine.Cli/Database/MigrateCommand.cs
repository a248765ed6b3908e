using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TipLine.Cli.Administration;
using TipLine.Cli.Commands;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Cli.Database;

/// <summary>
/// "tipline migrate": applies pending schema migrations for the configured provider and prints their names.
/// Configuration is the service's (<see cref="CliConfiguration"/>), then the --provider / --connection options, which win.
/// </summary>
internal sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";

    public string Summary => "Apply pending database migrations (--provider Sqlite|Postgres|SqlServer, --connection STRING).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < arguments.Count; i++)
        {
            var option = arguments[i];
            var key = option switch
            {
                "--provider" => DatabaseSettings.ProviderKey,
                "--connection" => "ConnectionStrings:" + DatabaseSettings.ConnectionStringName,
                _ => null,
            };
            if (key is null || i + 1 >= arguments.Count)
            {
                await console.Error.WriteLineAsync(key is null
                    ? $"migrate: unknown argument '{option}'. Usage: tipline migrate [--provider Sqlite|Postgres|SqlServer] [--connection STRING]"
                    : $"migrate: {option} needs a value.").ConfigureAwait(false);
                return 2;
            }

            overrides[key] = arguments[++i];
        }

        var configuration = CliConfiguration.Build(overrides);

        DatabaseSettings settings;
        try
        {
            settings = DatabaseSettings.FromConfiguration(configuration);
        }
        catch (InvalidOperationException error)
        {
            await console.Error.WriteLineAsync("migrate: " + error.Message).ConfigureAwait(false);
            return 2;
        }

        IReadOnlyList<string> applied;
        var context = new TipLineDbContext(TipLineDbContextOptions.Create(settings));
        await using (context.ConfigureAwait(false))
        {
            try
            {
                applied = await new MigrationRunner(context, NullLogger<MigrationRunner>.Instance).ApplyPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is DbException or InvalidOperationException)
            {
                // Connection and migration failures are operator errors here: say what failed, without a stack trace.
                await console.Error.WriteLineAsync($"migrate: the {settings.Provider} database could not be migrated: {error.Message}").ConfigureAwait(false);
                return 1;
            }
        }

        var output = new StreamWriter(console.StandardOutput, leaveOpen: true);
        await using (output.ConfigureAwait(false))
        {
            if (applied.Count == 0)
            {
                await output.WriteLineAsync($"Database ({settings.Provider}) is up to date.").ConfigureAwait(false);
            }

            foreach (var migration in applied)
            {
                await output.WriteLineAsync($"Applied {migration}").ConfigureAwait(false);
            }
        }

        return 0;
    }
}
