namespace TipLine.Crypto.Sessions;

/// <summary>
/// A staff private key sealed for one login session: <see cref="CookieSecret"/> goes only into the session cookie,
/// <see cref="SealedBlob"/> only into the server-side session store; neither alone yields the key.
/// </summary>
#pragma warning disable CA1819 // both are opaque byte strings handed to storage as they are
public sealed record SealedSessionKey(byte[] CookieSecret, byte[] SealedBlob);
#pragma warning restore CA1819
