using TipLine.Application.Abstractions;
using TipLine.Application.Validation;

namespace TipLine.Application.Organisations.CreateOrganisation;

/// <summary>Checks the name (present, bounded, printable, not taken), the type and the ISO 3166-1 alpha-2 jurisdictions.</summary>
public sealed class CreateOrganisationValidator(ITipLineDatabase database) : IValidator<CreateOrganisation>
{
    public const int MaximumNameLength = OrganisationRules.MaximumNameLength;
    public const string NameRequired = OrganisationRules.NameRequired;
    public const string NameTooLong = OrganisationRules.NameTooLong;
    public const string NameInvalidCharacters = OrganisationRules.NameInvalidCharacters;
    public const string NameTaken = OrganisationRules.NameTaken;
    public const string TypeUnknown = OrganisationRules.TypeUnknown;
    public const string JurisdictionsRequired = OrganisationRules.JurisdictionsRequired;
    public const string JurisdictionInvalid = OrganisationRules.JurisdictionInvalid;

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(CreateOrganisation request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await OrganisationRules.CheckDetailsAsync(database, null, request.Name, request.Type, request.Jurisdictions, cancellationToken).ConfigureAwait(false);
    }
}
