namespace TipLine.Testing.Processes;

/// <summary>What a finished child process left: its exit code, raw standard output and standard error as text.</summary>
public sealed record ChildProcessResult(int ExitCode, byte[] StandardOutput, string StandardError);
