namespace TipLine.Web.AntiAbuse;

/// <summary>A challenge as handed to a browser: base64url bytes without padding, and the leading zero bits to find.</summary>
public sealed record ProofOfWorkChallenge(string Challenge, int Difficulty);
