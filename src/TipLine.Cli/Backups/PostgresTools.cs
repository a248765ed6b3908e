using System.Diagnostics;
using Npgsql;

namespace TipLine.Cli.Backups;

/// <summary>
/// Runs pg_dump and pg_restore with the service's connection settings, passed through the libpq environment
/// (PGHOST, PGPASSWORD ...) rather than the command line, where other local users could read a password.
/// </summary>
internal static class PostgresTools
{
    public static async Task RunAsync(string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        SetIfPresent(start, "PGHOST", builder.Host);
        SetIfPresent(start, "PGPORT", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SetIfPresent(start, "PGUSER", builder.Username);
        SetIfPresent(start, "PGPASSWORD", builder.Password);
        SetIfPresent(start, "PGDATABASE", builder.Database);
        SetIfPresent(start, "PGSSLMODE", builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var message = (await error.ConfigureAwait(false)).Trim();
        _ = await output.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {message}");
        }
    }

    /// <summary>The tool on PATH, else the newest Debian cluster's copy (/usr/lib/postgresql/N/bin).</summary>
    private static string Find(string tool)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        const string debian = "/usr/lib/postgresql";
        var newest = Directory.Exists(debian)
            ? Directory.EnumerateDirectories(debian)
                .Select(d => Path.Combine(d, "bin", tool))
                .Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return newest ?? throw new BackupException($"{tool} was not found on PATH nor in {debian}/*/bin; install the PostgreSQL client (Debian: postgresql-client).");
    }

    private static void SetIfPresent(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }
}
