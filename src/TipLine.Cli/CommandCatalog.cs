using TipLine.Cli.Administration;
using TipLine.Cli.Age;
using TipLine.Cli.Backups;
using TipLine.Cli.Channels;
using TipLine.Cli.Commands;
using TipLine.Cli.Database;

namespace TipLine.Cli;

/// <summary>The one place where verbs are registered; "tipline help" lists them in this order.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> Create() =>
    [
        new AgeKeygenCommand(),
        new AgeCommand(),
        new MigrateCommand(),
        new InitCommand(),
        new ChannelCommand(),
        new AuditVerifyCommand(),
        new Catalogue.SpeciesImportCommand(),
        new BackupCommand(),
        new RestoreCommand(),
    ];
}
