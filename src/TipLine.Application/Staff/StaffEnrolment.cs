using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff;

/// <summary>
/// Creates a staff user with a fresh key pair wrapped under their password, under a recovery key and, when the
/// organisation has one, under its escrow key. The one path for every new user: the first administrator (CLI init)
/// and everyone who accepts an invitation.
/// </summary>
public static class StaffEnrolment
{
    public static EnrolledStaffMember Enrol(
        Organisation organisation, string userName, string displayName, StaffRoles roles, string password, Argon2idParameters costs, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var escrow = organisation.EscrowRecipient is { } recipient ? X25519Recipient.Parse(recipient) : null;
        using var keys = StaffKeyring.Create(password, costs, escrow);
        var user = new StaffUser(
            Guid.NewGuid(),
            organisation.Id,
            userName,
            displayName,
            roles,
            PasswordHasher.Hash(password, costs),
            keys.Recipient.ToString(),
            keys.PasswordWrapped,
            keys.RecoveryWrapped,
            today);
        user.SetEscrowCopy(keys.EscrowWrapped);
        return new EnrolledStaffMember(user, keys.RecoveryKey);
    }
}

/// <summary>A new user, not yet stored, and the recovery key to show them exactly once (it is stored nowhere).</summary>
public sealed record EnrolledStaffMember(StaffUser User, string RecoveryKey);
