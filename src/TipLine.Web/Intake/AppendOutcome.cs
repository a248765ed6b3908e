namespace TipLine.Web.Intake;

/// <summary>What happened to one uploaded chunk.</summary>
public enum AppendOutcome
{
    Appended,
    UnknownFile,
    OffsetMismatch,
    ChunkTooLarge,
    FileTooLarge,
}
