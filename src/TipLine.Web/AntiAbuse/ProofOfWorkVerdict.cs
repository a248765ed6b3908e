namespace TipLine.Web.AntiAbuse;

/// <summary>The outcome of presenting a solved challenge.</summary>
public enum ProofOfWorkVerdict
{
    /// <summary>Authentic, current, for this purpose, solved, and now spent.</summary>
    Accepted,

    /// <summary>Missing, not base64url, not 16 hex digits, or not a challenge this process minted (tampered or from before a restart).</summary>
    Malformed,

    /// <summary>Minted for the other purpose.</summary>
    WrongPurpose,

    /// <summary>Past its lifetime; the client asks for a new one.</summary>
    Expired,

    /// <summary>Already spent once.</summary>
    AlreadyUsed,

    /// <summary>The nonce does not solve it; the challenge stays unspent so a client bug does not burn it.</summary>
    NotSolved,

    /// <summary>
    /// The memory of spent challenges is full: refused without spending, so no spent id is ever forgotten early.
    /// Only reachable under a flood of solved challenges; the client retries later.
    /// </summary>
    Overloaded,
}
