using System.Security.Cryptography;
using System.Text;
using TipLine.Crypto.Age;
using TipLine.Crypto.Passwords;
using TipLine.Crypto.Receipts;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// A receipt and what the browser derives from it (ReceiptKeys' documented layout): Argon2id over the 28 digits with
/// the deployment salt gives 64 bytes, the first 32 the whistleblower's X25519 key, the last 32 the lookup secret
/// the browser sends at login. ReceiptKeys keeps the secret to itself, so the split is done here from the same
/// Argon2id output, and the tests check it against ReceiptKeys.
/// </summary>
internal sealed class ApiClientReceipt : IDisposable
{
    private ApiClientReceipt(Receipt receipt, X25519Identity identity, byte[] lookupSecret)
    {
        Receipt = receipt;
        Identity = identity;
        LookupSecret = lookupSecret;
    }

    public Receipt Receipt { get; }

    /// <summary>The whistleblower's identity; opens their wrap of the tip key.</summary>
    public X25519Identity Identity { get; }

    public byte[] LookupSecret { get; }

    public string LookupSecretHex => Convert.ToHexStringLower(LookupSecret);

    /// <summary>SHA-256 of the lookup secret: what the tip request carries and the server stores.</summary>
    public string LookupHashHex => Convert.ToHexStringLower(SHA256.HashData(LookupSecret));

    public static ApiClientReceipt Generate(byte[] deploymentSalt, Argon2idParameters parameters) =>
        Derive(Receipt.Generate(), deploymentSalt, parameters);

    public static ApiClientReceipt Derive(Receipt receipt, byte[] deploymentSalt, Argon2idParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var okm = Argon2id.DeriveKey(Encoding.ASCII.GetBytes(receipt.Digits), deploymentSalt, parameters, ReceiptKeys.OutputLength);
        try
        {
            return new ApiClientReceipt(receipt, X25519Identity.FromSecretKey(okm.AsSpan(0, 32)), okm[32..]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(okm);
        }
    }

    public void Dispose() => Identity.Dispose();
}
