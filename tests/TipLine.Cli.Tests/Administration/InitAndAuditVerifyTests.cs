using System.Text;
using Microsoft.Data.Sqlite;
using TipLine.Cli.Tests.Age;
using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Cli.Tests.Administration;

/// <summary>The operator's first steps, run as the real tipline process against a real SQLite file.</summary>
public sealed class InitAndAuditVerifyTests : IDisposable
{
    private const string Password = "tortoises-ship-on-tuesdays";
    private readonly TempDirectory directory = new();

    private Dictionary<string, string> Environment => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__TipLine"] = $"Data Source={DatabasePath}",
        ["TipLine__KeyDirectory"] = directory.File("keys"),
        [InitCommandPasswordVariable] = Password,
    };

    private const string InitCommandPasswordVariable = "TIPLINE_INIT_PASSWORD";

    private string DatabasePath => directory.File("tipline.db");

    [AgeCliFact]
    public void Init_creates_the_first_administrator_whose_recovery_copy_opens_with_the_real_age_tool()
    {
        var result = Init("--organisation", "Wildlife Intake NGO", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "Admin.One");

        Assert.Equal(0, result.ExitCode);
        var output = Encoding.UTF8.GetString(result.StandardOutput);
        var recoveryKey = output.Split('\n').Single(line => line.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal)).Trim();
        var (userName, publicKey, recoveryWrapped) = ReadOnlyStaffUser();
        Assert.Equal("admin.one", userName);

        File.WriteAllText(directory.File("recovery.txt"), recoveryKey + "\n");
        File.WriteAllBytes(directory.File("recovery.age"), recoveryWrapped);
        var opened = ProcessRunner.Age(null, "-d", "-i", directory.File("recovery.txt"), directory.File("recovery.age"));
        Assert.Equal(0, opened.ExitCode);
        var privateKey = Encoding.ASCII.GetString(opened.StandardOutput).Trim();
        Assert.StartsWith("AGE-SECRET-KEY-1", privateKey, StringComparison.Ordinal);
        File.WriteAllText(directory.File("private.txt"), privateKey + "\n");
        var derived = ProcessRunner.AgeKeygen("-y", directory.File("private.txt"));
        Assert.Equal(publicKey, Encoding.ASCII.GetString(derived.StandardOutput).Trim());
    }

    [Fact]
    public void Init_refuses_a_deployment_that_already_has_staff_and_changes_nothing()
    {
        Assert.Equal(0, Init("--organisation", "First", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "first").ExitCode);

        var second = Init("--organisation", "Second", "--type", "IntakeUnit", "--jurisdiction", "GA", "--user", "intruder");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already has staff users", second.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, Count("StaffUsers"));
        Assert.Equal(1, Count("Organisations"));
    }

    [Theory]
    [InlineData("--organisation", "X", "--type", "IntakeUnit", "--jurisdiction", "FR")]
    [InlineData("--organisation", "X", "--type", "Bakery", "--jurisdiction", "FR", "--user", "a")]
    [InlineData("--organisation", "X", "--type", "IntakeUnit", "--jurisdiction", "FRA", "--user", "a")]
    [InlineData("--organisation", "X", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "a", "--escrow", "age1notakey")]
    [InlineData("--organisation", "X", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "a", "--colour", "green")]
    public void Init_with_bad_options_explains_itself_and_creates_nothing(params string[] arguments)
    {
        var result = Init(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tipline: error: ", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath), "bad input must not create a database");
    }

    [Fact]
    public void Init_refuses_a_short_password()
    {
        var environment = Environment;
        environment[InitCommandPasswordVariable] = "short";

        var result = ProcessRunner.Tipline(null, environment, "init", "--organisation", "X", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "a");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least 12 characters", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public void The_password_and_the_private_key_appear_in_no_file_written_by_init()
    {
        var result = Init("--organisation", "NGO", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "admin");
        Assert.Equal(0, result.ExitCode);
        var recoveryKey = Encoding.UTF8.GetString(result.StandardOutput).Split('\n').Single(line => line.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal)).Trim();

        var files = Directory.EnumerateFiles(directory.Path, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, file => file.EndsWith("tipline.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Password)) < 0, $"{file} holds the password");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(recoveryKey)) < 0, $"{file} holds the recovery key");
            Assert.True(bytes.AsSpan().IndexOf("AGE-SECRET-KEY-1"u8) < 0, $"{file} holds a plaintext age identity");
        }
    }

    [Fact]
    public void Audit_verify_accepts_the_untouched_log_and_rejects_it_after_an_edit()
    {
        Assert.Equal(0, Init("--organisation", "NGO", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "admin").ExitCode);

        var intact = ProcessRunner.Tipline(null, Environment, "audit", "verify");
        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("entries verified: 1", Encoding.UTF8.GetString(intact.StandardOutput), StringComparison.Ordinal);

        Execute("UPDATE \"AuditEntries\" SET \"Action\" = 'deployment.nothing-happened'");
        var edited = ProcessRunner.Tipline(null, Environment, "audit", "verify");

        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("NOT intact at entry 1", edited.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_verify_with_a_different_public_key_rejects_the_signatures()
    {
        Assert.Equal(0, Init("--organisation", "NGO", "--type", "IntakeUnit", "--jurisdiction", "FR", "--user", "admin").ExitCode);

        var result = ProcessRunner.Tipline(null, Environment, "audit", "verify", "--public-key", Convert.ToBase64String(new byte[32]));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NOT intact", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    private ChildProcessResult Init(params string[] arguments) =>
        ProcessRunner.Tipline(null, Environment, ["init", .. arguments]);

    private (string UserName, string PublicKey, byte[] RecoveryWrapped) ReadOnlyStaffUser()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"UserName\", \"PublicKey\", \"RecoveryWrappedPrivateKey\" FROM \"StaffUsers\"";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var row = (reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2));
        Assert.False(reader.Read(), "exactly one staff user");
        return row;
    }

    private long Count(string table)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
