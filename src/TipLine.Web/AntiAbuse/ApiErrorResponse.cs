namespace TipLine.Web.AntiAbuse;

/// <summary>The JSON error body of ADR 0017: a stable key the client can switch on, and a message for people.</summary>
public sealed record ApiErrorResponse(string Error, string Message);
