using TipLine.Application.Validation;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff;

/// <summary>What a staff member's login name, display name and roles must be.</summary>
public static class StaffMemberRules
{
    public const int MinimumUserNameLength = 3;
    public const int MaximumUserNameLength = 100;
    public const int MaximumDisplayNameLength = 200;

    public const string UserNameRequired = "staff.userName.required";
    public const string UserNameTooLong = "staff.userName.tooLong";
    public const string UserNameInvalid = "staff.userName.invalid";
    public const string UserNameTaken = "staff.userName.taken";
    public const string DisplayNameRequired = "staff.displayName.required";
    public const string DisplayNameTooLong = "staff.displayName.tooLong";
    public const string DisplayNameInvalidCharacters = "staff.displayName.invalidCharacters";
    public const string RolesRequired = "staff.roles.required";
    public const string RolesUnknown = "staff.roles.unknown";

    private static readonly StaffRoles EveryRole = Enum.GetValues<StaffRoles>().Aggregate(StaffRoles.None, (all, role) => all | role);

    /// <summary>Login names are stored lower-case (see <see cref="StaffUser.UserName"/>); this is the form to compare.</summary>
    public static string NormaliseUserName(string? userName) => userName?.Trim().ToLowerInvariant() ?? string.Empty;

    /// <summary>
    /// Letters, digits and ". _ - @" only, so a login name looks the same on every screen and in every log line, and
    /// no two names differ only by invisible or look-alike characters.
    /// </summary>
    public static ValidationProblem? CheckUserName(string normalisedUserName)
    {
        ArgumentNullException.ThrowIfNull(normalisedUserName);
        if (normalisedUserName.Length == 0)
        {
            return new("UserName", UserNameRequired);
        }

        if (normalisedUserName.Length > MaximumUserNameLength)
        {
            return new("UserName", UserNameTooLong);
        }

        return normalisedUserName.Length < MinimumUserNameLength || !normalisedUserName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-' or '@')
            ? new("UserName", UserNameInvalid)
            : null;
    }

    public static ValidationProblem? CheckDisplayName(string? displayName)
    {
        var trimmed = displayName?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new("DisplayName", DisplayNameRequired);
        }

        if (trimmed.Length > MaximumDisplayNameLength)
        {
            return new("DisplayName", DisplayNameTooLong);
        }

        return trimmed.Any(char.IsControl) ? new("DisplayName", DisplayNameInvalidCharacters) : null;
    }

    public static ValidationProblem? CheckRoles(StaffRoles roles)
    {
        if (roles == StaffRoles.None)
        {
            return new("Roles", RolesRequired);
        }

        return (roles & ~EveryRole) != StaffRoles.None ? new("Roles", RolesUnknown) : null;
    }
}
