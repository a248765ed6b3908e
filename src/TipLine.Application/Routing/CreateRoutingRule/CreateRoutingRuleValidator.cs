using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Validation;
using TipLine.Domain.Catalogue;

namespace TipLine.Application.Routing.CreateRoutingRule;

/// <summary>An existing target, a known country, bounded one-line texts and defined enum values.</summary>
public sealed class CreateRoutingRuleValidator(ITipLineDatabase database) : IValidator<CreateRoutingRule>
{
    public const int MaximumTextLength = 200;
    public const string TargetUnknown = "routing.target.unknown";
    public const string CountryUnknown = "routing.country.unknown";
    public const string TaxonGroupTooLong = "routing.taxonGroup.tooLong";
    public const string TaxonGroupInvalidCharacters = "routing.taxonGroup.invalidCharacters";
    public const string PlatformTooLong = "routing.platform.tooLong";
    public const string PlatformInvalidCharacters = "routing.platform.invalidCharacters";
    public const string AppendixUnknown = "routing.appendix.unknown";
    public const string UrgencyUnknown = "routing.urgency.unknown";

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(CreateRoutingRule request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (!await database.Organisations.AnyAsync(o => o.Id == request.TargetOrganisationId, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new(nameof(request.TargetOrganisationId), TargetUnknown));
        }

        if (!string.IsNullOrWhiteSpace(request.Country) && !CountryCatalogue.IsKnown(request.Country))
        {
            problems.Add(new(nameof(request.Country), CountryUnknown));
        }

        AddTextProblem(problems, nameof(request.TaxonGroup), request.TaxonGroup, TaxonGroupTooLong, TaxonGroupInvalidCharacters);
        AddTextProblem(problems, nameof(request.Platform), request.Platform, PlatformTooLong, PlatformInvalidCharacters);
        if (request.Appendix is { } appendix && !Enum.IsDefined(appendix))
        {
            problems.Add(new(nameof(request.Appendix), AppendixUnknown));
        }

        if (request.MinimumUrgency is { } urgency && !Enum.IsDefined(urgency))
        {
            problems.Add(new(nameof(request.MinimumUrgency), UrgencyUnknown));
        }

        return problems;
    }

    // Blank means "any"; a value is one line of at most MaximumTextLength characters.
    private static void AddTextProblem(List<ValidationProblem> problems, string field, string? text, string tooLong, string invalidCharacters)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length > MaximumTextLength)
        {
            problems.Add(new(field, tooLong));
        }
        else if (trimmed.Any(char.IsControl))
        {
            problems.Add(new(field, invalidCharacters));
        }
    }
}
