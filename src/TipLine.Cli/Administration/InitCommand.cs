using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TipLine.Application.Accounts;
using TipLine.Application.Audit;
using TipLine.Application.Staff;
using TipLine.Cli.Commands;
using TipLine.Crypto.Age;
using TipLine.Crypto.Passwords;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;

namespace TipLine.Cli.Administration;

/// <summary>
/// "tipline init": on an empty deployment, applies migrations and creates the first organisation and its first
/// administrator, with their key pair wrapped under the password and under a recovery key shown exactly once.
/// Refuses to run once any staff user exists, so it cannot be used to add a back door later. There is no default
/// password: the operator types one (or passes TIPLINE_INIT_PASSWORD in scripts).
/// </summary>
internal sealed class InitCommand : ICliCommand
{
    public const string PasswordVariable = "TIPLINE_INIT_PASSWORD";
    public const int MinimumPasswordLength = PasswordPolicy.MinimumLength;

    private const string Usage =
        "Usage: tipline init --organisation NAME --type IntakeUnit|ProsecutionOffice|WildlifePolice|Customs|CitesManagementAuthority|OnlinePlatform " +
        "--jurisdiction CC [--jurisdiction CC ...] --user LOGIN [--display-name NAME] [--escrow age1...]";

    public string Name => "init";

    public string Summary => "Create the first organisation and administrator of an empty deployment (applies migrations first).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var request = InitRequest.Parse(arguments, out var problem);
        if (request is null)
        {
            await console.Error.WriteLineAsync($"tipline: error: {problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? ReadNewPasswordFromTerminal(request.UserName);
        if (password is null || password.Length < MinimumPasswordLength)
        {
            await console.Error.WriteLineAsync(
                $"tipline: error: the administrator password must have at least {MinimumPasswordLength} characters " +
                $"(typed at the prompt, or in {PasswordVariable}).").ConfigureAwait(false);
            return 2;
        }

        var configuration = CliConfiguration.Build(new Dictionary<string, string?>());
        try
        {
            var settings = DatabaseSettings.FromConfiguration(configuration);
            var context = new TipLineDbContext(TipLineDbContextOptions.Create(settings));
            await using (context.ConfigureAwait(false))
            {
                await new MigrationRunner(context, NullLogger<MigrationRunner>.Instance).ApplyPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
                if (await context.StaffUsers.AnyAsync(cancellationToken).ConfigureAwait(false))
                {
                    await console.Error.WriteLineAsync("tipline: error: this deployment already has staff users; init only sets up an empty one.").ConfigureAwait(false);
                    return 1;
                }

                using var signingKey = ServerKeyFiles.LoadSigningKey(configuration, Directory.GetCurrentDirectory());
                var recoveryKey = await CreateAsync(context, request, password, signingKey, cancellationToken).ConfigureAwait(false);
                await WriteRecoveryNoticeAsync(console, request, recoveryKey).ConfigureAwait(false);
                return 0;
            }
        }
        catch (Exception error) when (error is DbException or InvalidOperationException or DbUpdateException)
        {
            await console.Error.WriteLineAsync("tipline: error: " + error.Message).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The password typed twice at the terminal; null when there is no terminal or the two differ.</summary>
    private static string? ReadNewPasswordFromTerminal(string userName)
    {
        var first = TerminalSecret.Read($"Password for {userName}: ");
        return first is not null && string.Equals(first, TerminalSecret.Read("Repeat it: "), StringComparison.Ordinal) ? first : null;
    }

    private static async Task<string> CreateAsync(TipLineDbContext context, InitRequest request, string password, Crypto.Signing.Ed25519SigningKey signingKey, CancellationToken cancellationToken)
    {
        var today = TimeProvider.System.Today();
        var organisation = new Organisation(Guid.NewGuid(), request.OrganisationName, request.Type, request.Jurisdictions, today);
        organisation.SetEscrowRecipient(request.Escrow?.ToString());
        var enrolled = StaffEnrolment.Enrol(
            organisation,
            request.UserName,
            request.DisplayName,
            // The first user also reads the default channel's tips, so the channel can take tips from day one.
            StaffRoles.Administrator | StaffRoles.IntakeInvestigator,
            password,
            Argon2idParameters.Default,
            today);
        var administrator = enrolled.User;
        var channel = DefaultWildlifeChannel.Create(organisation.Id, today);

        var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            context.Organisations.Add(organisation);
            context.StaffUsers.Add(administrator);
            context.Channels.Add(channel);
            var audit = new AuditLog(context, new ServerAuditSigner(signingKey), TimeProvider.System);
            await audit.AppendAsync(null, new AuditedAction("deployment.init", "StaffUser", administrator.Id.ToString()), cancellationToken).ConfigureAwait(false);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return enrolled.RecoveryKey;
    }

    private static async Task WriteRecoveryNoticeAsync(CliConsole console, InitRequest request, string recoveryKey)
    {
        var output = new StreamWriter(console.StandardOutput, leaveOpen: true);
        await using (output.ConfigureAwait(false))
        {
            await output.WriteLineAsync($"Created organisation \"{request.OrganisationName}\", administrator \"{request.UserName}\" and the reporting channel /report/{DefaultWildlifeChannel.Slug}.").ConfigureAwait(false);
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Recovery key (shown once; store it offline, e.g. printed in a safe):").ConfigureAwait(false);
            await output.WriteLineAsync(recoveryKey).ConfigureAwait(false);
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("If the password is lost, this key unlocks the administrator's private key; nobody can recover it for you.").ConfigureAwait(false);
            await output.WriteLineAsync("Sign in at /office; you will be asked to enrol a second factor (TOTP) on first sign-in.").ConfigureAwait(false);
        }
    }
}
