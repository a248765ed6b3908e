namespace TipLine.Testing.Environment;

/// <summary>A fact that needs a real PostgreSQL server (TIPLINE_TEST_POSTGRES).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null && !TestEnvironment.IsRequired("postgres"))
        {
            Skip = $"No PostgreSQL server configured: set {TestEnvironment.PostgresVariable} (the test command does).";
        }
    }
}

/// <summary>A theory that needs a real PostgreSQL server (TIPLINE_TEST_POSTGRES).</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null && !TestEnvironment.IsRequired("postgres"))
        {
            Skip = $"No PostgreSQL server configured: set {TestEnvironment.PostgresVariable} (the test command does).";
        }
    }
}

/// <summary>A fact that needs SQL Server; SQL Server cannot run on this project's machines, so it skips unless configured.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (TestEnvironment.SqlServerConnectionString is null)
        {
            Skip = $"No SQL Server configured: set {TestEnvironment.SqlServerVariable} to run these tests.";
        }
    }
}

/// <summary>A fact that needs the reference <c>age</c> CLI (Debian package <c>age</c>).</summary>
public sealed class AgeCliFactAttribute : FactAttribute
{
    public AgeCliFactAttribute()
    {
        if (TestEnvironment.AgeCliPath is null && !TestEnvironment.IsRequired("age"))
        {
            Skip = "The age CLI is not installed (apt-get install age; the test command does).";
        }
    }
}

/// <summary>A theory that needs the reference <c>age</c> CLI (Debian package <c>age</c>).</summary>
public sealed class AgeCliTheoryAttribute : TheoryAttribute
{
    public AgeCliTheoryAttribute()
    {
        if (TestEnvironment.AgeCliPath is null && !TestEnvironment.IsRequired("age"))
        {
            Skip = "The age CLI is not installed (apt-get install age; the test command does).";
        }
    }
}

/// <summary>A fact that needs Debian's Chromium at /usr/bin/chromium.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (TestEnvironment.ChromiumPath is null && !TestEnvironment.IsRequired("chromium"))
        {
            Skip = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium; the test command does).";
        }
    }
}

/// <summary>A fact that needs Debian's <c>docker-compose</c> (validation only: no Docker engine is needed or used).</summary>
public sealed class DockerComposeFactAttribute : FactAttribute
{
    public DockerComposeFactAttribute()
    {
        if (TestEnvironment.DockerComposePath is null && !TestEnvironment.IsRequired("compose"))
        {
            Skip = "docker-compose not installed (apt-get install docker-compose; the test command does).";
        }
    }
}
