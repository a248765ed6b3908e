using TipLine.Application.Validation;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Claims;

/// <summary>
/// What a claim must say for its kind, checked before it is sealed (by the server without JavaScript, by the browser
/// with it): once sealed nobody but the reward officers can tell. An anonymous claim carries no identity at all.
/// </summary>
public static class ClaimContentRules
{
    public const string NameRequired = "rewards.claim.name.required";
    public const string PayoutRequired = "rewards.claim.payout.required";
    public const string RepresentativeRequired = "rewards.claim.representative.required";
    public const string FieldTooLong = "rewards.claim.field.tooLong";
    public const string StatementTooLong = "rewards.claim.statement.tooLong";
    public const string ContestStatementRequired = "rewards.contest.statement.required";

    /// <summary>The content as it will be sealed: trimmed, and emptied of identity when the claim is anonymous.</summary>
    public static ClaimContent Normalise(ClaimContent content, ClaimantKind kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        var trimmed = new ClaimContent(content.Name.Trim(), content.Contact.Trim(), content.PayoutDetails.Trim(), content.Representative.Trim(), content.Statement.Trim());
        return kind == ClaimantKind.Anonymous
            ? trimmed with { Name = string.Empty, Contact = string.Empty, PayoutDetails = string.Empty, Representative = string.Empty }
            : trimmed;
    }

    public static IReadOnlyList<ValidationProblem> Problems(ClaimContent content, ClaimantKind kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<ValidationProblem>();
        if (kind == ClaimantKind.Identified && content.Name.Length == 0)
        {
            problems.Add(new(nameof(content.Name), NameRequired));
        }

        if (kind == ClaimantKind.Identified && content.PayoutDetails.Length == 0)
        {
            problems.Add(new(nameof(content.PayoutDetails), PayoutRequired));
        }

        if (kind == ClaimantKind.Represented && content.Representative.Length == 0)
        {
            problems.Add(new(nameof(content.Representative), RepresentativeRequired));
        }

        foreach (var (field, value) in new[]
        {
            (nameof(content.Name), content.Name), (nameof(content.Contact), content.Contact),
            (nameof(content.PayoutDetails), content.PayoutDetails), (nameof(content.Representative), content.Representative),
        })
        {
            if (value.Length > ClaimContent.MaximumFieldLength)
            {
                problems.Add(new(field, FieldTooLong));
            }
        }

        if (content.Statement.Length > ClaimContent.MaximumStatementLength)
        {
            problems.Add(new(nameof(content.Statement), StatementTooLong));
        }

        return problems;
    }

    public static IReadOnlyList<ValidationProblem> Problems(ContestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var statement = content.Statement.Trim();
        return statement.Length == 0 ? [new(nameof(content.Statement), ContestStatementRequired)]
            : statement.Length > ClaimContent.MaximumStatementLength ? [new(nameof(content.Statement), StatementTooLong)]
            : [];
    }
}
