using TipLine.Application.Abstractions;
using TipLine.Crypto.Age;
using TipLine.Domain.Staff;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// A signed-in staff member as the Web host presents one to the use cases: who they are, and their private key for
/// this request (the session would unseal it from the session row; here the benchmark holds it).
/// </summary>
public sealed record BenchActor(string Label, Guid UserId, Guid OrganisationId, StaffRoles Roles, string SecretKey) : ICurrentActor
{
    Guid? ICurrentActor.UserId => UserId;

    Guid? ICurrentActor.OrganisationId => OrganisationId;
}

/// <summary>The current request's actor, set by <see cref="BackOfficeHost"/> before it sends.</summary>
internal sealed class ActorSlot
{
    public BenchActor? Actor { get; set; }

    public BenchActor Current => Actor ?? throw new InvalidOperationException("No actor was set for this request.");
}

internal sealed class BenchSessionKey(ActorSlot slot) : IStaffSessionKey
{
    public X25519Identity Open() => X25519Identity.Parse(slot.Current.SecretKey);
}
