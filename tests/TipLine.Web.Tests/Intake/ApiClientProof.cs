namespace TipLine.Web.Tests.Intake;

/// <summary>A solved proof of work as the browser sends it: the challenge exactly as issued and the nonce as 16 hex digits.</summary>
internal sealed record ApiClientProof(string Challenge, string Nonce);
