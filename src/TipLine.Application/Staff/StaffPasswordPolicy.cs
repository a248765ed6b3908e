using TipLine.Application.Validation;

namespace TipLine.Application.Staff;

/// <summary>What a staff password must be. Length is what makes a password strong; composition rules only make it harder to remember.</summary>
public static class StaffPasswordPolicy
{
    public const int MinimumLength = 12;

    /// <summary>Argon2id accepts any length, but an unbounded one would let a single request cost arbitrary hashing work.</summary>
    public const int MaximumLength = 256;

    public const string TooShort = "staff.password.tooShort";
    public const string TooLong = "staff.password.tooLong";
    public const string SameAsUserName = "staff.password.sameAsUserName";
    public const string ConfirmationMismatch = "staff.password.confirmationMismatch";

    public static IEnumerable<ValidationProblem> Check(string? password, string? confirmation, string? userName)
    {
        password ??= string.Empty;
        if (password.Length < MinimumLength)
        {
            yield return new("Password", TooShort);
        }
        else if (password.Length > MaximumLength)
        {
            yield return new("Password", TooLong);
        }
        else if (userName is not null && string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            yield return new("Password", SameAsUserName);
        }

        if (!string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            yield return new("PasswordConfirmation", ConfirmationMismatch);
        }
    }
}
