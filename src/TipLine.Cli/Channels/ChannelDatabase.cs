using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using TipLine.Application.Audit;
using TipLine.Cli.Administration;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;

namespace TipLine.Cli.Channels;

/// <summary>
/// The deployment's database as the channel subcommands use it. It is never created or migrated here: channels
/// are configured on a deployment that "tipline init" set up, and a missing or outdated schema is reported instead
/// of being silently created empty next to the real one.
/// </summary>
internal sealed class ChannelDatabase : IAsyncDisposable
{
    private readonly IConfiguration configuration;

    private ChannelDatabase(IConfiguration configuration, TipLineDbContext context)
    {
        this.configuration = configuration;
        Context = context;
    }

    public TipLineDbContext Context { get; }

    public static async Task<ChannelDatabase> OpenAsync(CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(new Dictionary<string, string?>());
        var settings = DatabaseSettings.FromConfiguration(configuration);
        var context = new TipLineDbContext(TipLineDbContextOptions.Create(settings));
        try
        {
            // The connection string is not echoed: for a server database it may hold a password.
            if (!await context.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new ChannelRefusedException($"the configured {settings.Provider} database does not exist yet; set the deployment up with 'tipline init' first.");
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
            if (pending > 0)
            {
                throw new ChannelRefusedException($"the database schema is {pending} migration(s) behind this tipline; run 'tipline migrate' (or 'tipline init' on a new deployment) first.");
            }
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new ChannelDatabase(configuration, context);
    }

    public async Task<Channel> FindChannelAsync(string slug, CancellationToken cancellationToken) =>
        await Context.Channels.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken).ConfigureAwait(false)
        ?? throw new ChannelRefusedException($"there is no channel '{slug}' (see 'tipline channel list').");

    /// <summary>The organisation of that name, compared without regard to case, as operators type names from memory.</summary>
    public async Task<Organisation> FindOrganisationAsync(string name, CancellationToken cancellationToken)
    {
        var organisations = await Context.Organisations.ToListAsync(cancellationToken).ConfigureAwait(false);
        if (organisations.Count == 0)
        {
            throw new ChannelRefusedException("there is no organisation yet; create the first one with 'tipline init'.");
        }

        var matches = organisations.Where(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ChannelRefusedException(
                $"there is no organisation named '{name}'; the organisations are: {string.Join(", ", organisations.Select(o => $"'{o.Name}'").Order(StringComparer.Ordinal))}."),
            _ => throw new ChannelRefusedException($"{matches.Count} organisations are named '{name}', so the name does not say which one is meant."),
        };
    }

    public async Task<string> OrganisationNameAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await Context.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Runs <paramref name="change"/> inside one transaction and, when it returns an action, appends that action to
    /// the audit log (actor null: the operator at the console) and commits both together, as "tipline init" does.
    /// A null action means nothing changed; an exception rolls everything back. True when something was committed.
    /// </summary>
    public async Task<bool> ChangeAsync(Func<CancellationToken, Task<AuditedAction?>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var signingKey = ServerKeyFiles.LoadSigningKey(configuration, Directory.GetCurrentDirectory());
        var transaction = await Context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var action = await change(cancellationToken).ConfigureAwait(false);
            if (action is null)
            {
                return false;
            }

            var audit = new AuditLog(Context, new ServerAuditSigner(signingKey), TimeProvider.System);
            await audit.AppendAsync(null, action, cancellationToken).ConfigureAwait(false);
            await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
