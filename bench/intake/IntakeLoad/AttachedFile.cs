namespace TipLine.Bench.Intake;

/// <summary>What answers.files[i] says about attachment i.</summary>
public sealed record AttachedFile(string Name, string Type, long Size);
