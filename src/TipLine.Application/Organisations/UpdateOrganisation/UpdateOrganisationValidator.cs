using TipLine.Application.Abstractions;
using TipLine.Application.Validation;

namespace TipLine.Application.Organisations.UpdateOrganisation;

/// <summary>The same rules as creating an organisation (its own name is not "taken"), plus a well-formed escrow key.</summary>
public sealed class UpdateOrganisationValidator(ITipLineDatabase database) : IValidator<UpdateOrganisation>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(UpdateOrganisation request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = await OrganisationRules.CheckDetailsAsync(
            database, request.OrganisationId, request.Name, request.Type, request.Jurisdictions, cancellationToken).ConfigureAwait(false);
        if (!OrganisationRules.IsAcceptableEscrow(request.EscrowRecipient))
        {
            problems.Add(new(nameof(request.EscrowRecipient), OrganisationRules.EscrowInvalid));
        }

        return problems;
    }
}
