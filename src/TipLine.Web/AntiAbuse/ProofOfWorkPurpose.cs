namespace TipLine.Web.AntiAbuse;

/// <summary>What a proof of work may be spent on; the value is written into the challenge, so it never changes.</summary>
public enum ProofOfWorkPurpose
{
    Submit = 1,
    Login = 2,
}
