namespace TipLine.Testing.Environment;

/// <summary>
/// What real components this machine offers the tests, and whether their absence is a failure.
/// The test command (.ci/test) sets TIPLINE_TEST_REQUIRE so that a missing PostgreSQL, age CLI or Chromium
/// fails the run instead of quietly skipping; a bare <c>dotnet test</c> on a laptop skips with a reason.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "TIPLINE_TEST_POSTGRES";
    public const string SqlServerVariable = "TIPLINE_TEST_SQLSERVER";
    public const string RequireVariable = "TIPLINE_TEST_REQUIRE";

    public static string? PostgresConnectionString => NonEmpty(PostgresVariable);

    public static string? SqlServerConnectionString => NonEmpty(SqlServerVariable);

    public static string? AgeCliPath => FindOnPath("age");

    public static string? AgeKeygenPath => FindOnPath("age-keygen");

    /// <summary>Debian's docker-compose (1.x): validates the compose file without a Docker engine.</summary>
    public static string? DockerComposePath => FindOnPath("docker-compose");

    /// <summary>The checkout's root (where TipLine.sln lives), found by walking up from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TipLine.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("TipLine.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string? ChromiumPath => File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    /// <summary>True when the test command demands this component, so its absence must fail rather than skip.</summary>
    public static bool IsRequired(string component)
    {
        var required = NonEmpty(RequireVariable);
        return required is not null
            && required.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Contains(component, StringComparer.OrdinalIgnoreCase);
    }

    private static string? NonEmpty(string variable)
    {
        var value = System.Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static string? FindOnPath(string executable)
    {
        var path = System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
