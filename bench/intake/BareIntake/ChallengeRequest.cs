namespace TipLine.Bench.BareIntake;

/// <summary>Body of POST /api/pow/challenges.</summary>
public sealed record ChallengeRequest(string? Purpose);
