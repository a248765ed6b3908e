namespace TipLine.Application.Evidence;

/// <summary>The outcome of writing a sanitised copy: whether the format was handled and how many metadata items were removed.</summary>
public sealed record SanitiseResult(bool Sanitised, int ItemsRemoved, string? ReasonNotSanitised);
