namespace TipLine.Domain.Staff;

/// <summary>
/// An administrator's invitation to join an organisation. The new member opens the one-time link, chooses their
/// password and gets their key pair and recovery key then; nobody else ever knows the password. Only the SHA-256 of
/// the link's token is stored.
/// </summary>
public sealed class StaffInvitation
{
    private StaffInvitation()
    {
        UserName = string.Empty;
        DisplayName = string.Empty;
        TokenHash = [];
    }

    public StaffInvitation(Guid id, Guid organisationId, string userName, string displayName, StaffRoles roles, byte[] tokenHash, Guid invitedByUserId, DateOnly invitedOn, DateOnly expiresOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(tokenHash);
        if (roles == StaffRoles.None)
        {
            throw new ArgumentException("An invitation grants at least one role.", nameof(roles));
        }

        Id = id;
        OrganisationId = organisationId;
        UserName = userName.Trim().ToLowerInvariant();
        DisplayName = displayName.Trim();
        Roles = roles;
        TokenHash = tokenHash;
        InvitedByUserId = invitedByUserId;
        InvitedOn = invitedOn;
        ExpiresOn = expiresOn;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public StaffRoles Roles { get; private set; }

    public byte[] TokenHash { get; private set; }

    public Guid InvitedByUserId { get; private set; }

    public DateOnly InvitedOn { get; private set; }

    /// <summary>Last day the link works.</summary>
    public DateOnly ExpiresOn { get; private set; }

    /// <summary>The user created by accepting it; an accepted invitation cannot be used again.</summary>
    public Guid? AcceptedAsUserId { get; private set; }

    public bool IsUsableOn(DateOnly today) => AcceptedAsUserId is null && today <= ExpiresOn;

    public void MarkAccepted(Guid userId)
    {
        if (AcceptedAsUserId is not null)
        {
            throw new InvalidOperationException("This invitation has already been used.");
        }

        AcceptedAsUserId = userId;
    }
}
