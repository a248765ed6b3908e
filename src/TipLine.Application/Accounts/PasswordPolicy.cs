using TipLine.Application.Validation;

namespace TipLine.Application.Accounts;

/// <summary>
/// What a new staff password must be. Length is what matters against guessing (NIST SP 800-63B): at least 12
/// characters, no composition rules; at most 256 so Argon2id input stays bounded; never the user name.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    public static IReadOnlyList<ValidationProblem> Check(string userName, string? password, string? confirmation, string field = "NewPassword")
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            problems.Add(new(field, "password.tooShort"));
        }
        else if (password.Length > MaximumLength)
        {
            problems.Add(new(field, "password.tooLong"));
        }
        else if (string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(field, "password.sameAsUserName"));
        }

        if (!string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            problems.Add(new(field + "Confirmation", "password.confirmationDiffers"));
        }

        return problems;
    }
}
