using System.Collections.Concurrent;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Crypto.Age;

namespace TipLine.Application.Tests.Hosting;

/// <summary>
/// The tests' stand-in for the session cookie: the private key text of each staff user a test signed in, by user id.
/// The Web host unseals the same key from the session row; here the test holds it, as a signed-in user's browser would.
/// </summary>
public sealed class TestStaffKeys
{
    private readonly ConcurrentDictionary<Guid, string> keys = new();

    public void SignIn(Guid userId, X25519Identity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        keys[userId] = identity.ToSecretString();
    }

    public void SignOut(Guid userId) => keys.TryRemove(userId, out _);

    internal X25519Identity Open(Guid? userId) =>
        userId is { } id && keys.TryGetValue(id, out var secret)
            ? X25519Identity.Parse(secret)
            : throw new StaffKeyUnavailableException();
}

/// <summary>Hands the current test actor's key to the use cases, as the Web host's session-key accessor does.</summary>
internal sealed class TestStaffSessionKey(TestStaffKeys keys, ICurrentActor actor) : IStaffSessionKey
{
    public X25519Identity Open() => keys.Open(actor.UserId);
}
