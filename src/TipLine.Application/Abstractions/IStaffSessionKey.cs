using TipLine.Crypto.Age;

namespace TipLine.Application.Abstractions;

/// <summary>
/// The signed-in staff member's private key for this request only. The Web layer unseals it from the session row
/// with the secret carried by the session cookie; nothing keeps it after the request. The caller disposes it.
/// </summary>
public interface IStaffSessionKey
{
    /// <summary>Throws <see cref="Errors.StaffKeyUnavailableException"/> when the session holds no usable key.</summary>
    X25519Identity Open();
}
