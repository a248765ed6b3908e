using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Validation;
using TipLine.Domain.Organisations;

namespace TipLine.Application.Organisations.CreateOrganisation;

/// <summary>Checks the name (present, bounded, printable, not taken), the type and the ISO 3166-1 alpha-2 jurisdictions.</summary>
public sealed class CreateOrganisationValidator(ITipLineDatabase database) : IValidator<CreateOrganisation>
{
    public const int MaximumNameLength = 200;
    public const string NameRequired = "organisation.name.required";
    public const string NameTooLong = "organisation.name.tooLong";
    public const string NameInvalidCharacters = "organisation.name.invalidCharacters";
    public const string NameTaken = "organisation.name.taken";
    public const string TypeUnknown = "organisation.type.unknown";
    public const string JurisdictionsRequired = "organisation.jurisdictions.required";
    public const string JurisdictionInvalid = "organisation.jurisdictions.invalidCode";

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(CreateOrganisation request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            problems.Add(new(nameof(request.Name), NameRequired));
        }
        else if (name.Length > MaximumNameLength)
        {
            problems.Add(new(nameof(request.Name), NameTooLong));
        }
        else if (name.Any(char.IsControl))
        {
            problems.Add(new(nameof(request.Name), NameInvalidCharacters));
        }
        else if (await database.Organisations.AnyAsync(o => o.Name == name, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new(nameof(request.Name), NameTaken));
        }

        if (!Enum.IsDefined(request.Type))
        {
            problems.Add(new(nameof(request.Type), TypeUnknown));
        }

        if (request.Jurisdictions is not { Count: > 0 })
        {
            problems.Add(new(nameof(request.Jurisdictions), JurisdictionsRequired));
        }
        else if (!request.Jurisdictions.All(IsAlpha2Code))
        {
            problems.Add(new(nameof(request.Jurisdictions), JurisdictionInvalid));
        }

        return problems;
    }

    private static bool IsAlpha2Code(string? code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        return trimmed.Length == 2 && trimmed.All(char.IsAsciiLetter);
    }
}
