namespace TipLine.Cli.Backups;

/// <summary>A backup or restore that cannot go on; the message is shown to the operator as is.</summary>
internal sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
