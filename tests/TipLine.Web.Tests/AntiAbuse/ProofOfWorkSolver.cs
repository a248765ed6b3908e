using System.Buffers.Text;
using System.Globalization;
using TipLine.Web.AntiAbuse;
using PoW = TipLine.Crypto.ProofOfWork.ProofOfWork;

namespace TipLine.Web.Tests.AntiAbuse;

/// <summary>Does what the browser does: decode the challenge, search for a nonce, send it as 16 hex digits.</summary>
internal static class ProofOfWorkSolver
{
    public static string Solve(ProofOfWorkChallenge challenge) =>
        FormatNonce(PoW.Solve(Base64Url.DecodeFromChars(challenge.Challenge), challenge.Difficulty, CancellationToken.None));

    /// <summary>A well-formed nonce that does not solve the challenge.</summary>
    public static string Unsolved(ProofOfWorkChallenge challenge)
    {
        var bytes = Base64Url.DecodeFromChars(challenge.Challenge);
        var nonce = 0UL;
        while (PoW.IsSolved(bytes, nonce, challenge.Difficulty))
        {
            nonce++;
        }

        return FormatNonce(nonce);
    }

    public static string FormatNonce(ulong nonce) => nonce.ToString("x16", CultureInfo.InvariantCulture);
}
