namespace TipLine.Application.Validation;

/// <summary>One thing wrong with a request: the field and a message key the Web layer translates (en/fr/es), never English text.</summary>
public sealed record ValidationProblem(string Field, string MessageKey);
