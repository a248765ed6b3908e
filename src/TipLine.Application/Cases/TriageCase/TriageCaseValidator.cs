using TipLine.Application.Validation;
using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;

namespace TipLine.Application.Cases.TriageCase;

public sealed class TriageCaseValidator(SpeciesList species) : IValidator<TriageCase>
{
    public const int MaximumPlatformLength = 200;
    public const int MaximumCountries = 30;
    public const string TaxonUnknown = "case.taxon.unknown";
    public const string AppendixUnknown = "case.appendix.unknown";
    public const string PlatformTooLong = "case.platform.tooLong";
    public const string PlatformInvalidCharacters = "case.platform.invalidCharacters";
    public const string CountryUnknown = "case.countries.unknown";
    public const string TooManyCountries = "case.countries.tooMany";
    public const string ShipmentMethodUnknown = "case.shipmentMethod.unknown";
    public const string UrgencyUnknown = "case.urgency.unknown";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(TriageCase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (!string.IsNullOrWhiteSpace(request.Taxon) && species.Find(request.Taxon) is null)
        {
            problems.Add(new(nameof(request.Taxon), TaxonUnknown));
        }

        if (request.Appendix is { } appendix && !Enum.IsDefined(appendix))
        {
            problems.Add(new(nameof(request.Appendix), AppendixUnknown));
        }

        var platform = request.Platform?.Trim() ?? string.Empty;
        if (platform.Length > MaximumPlatformLength)
        {
            problems.Add(new(nameof(request.Platform), PlatformTooLong));
        }
        else if (platform.Any(char.IsControl))
        {
            problems.Add(new(nameof(request.Platform), PlatformInvalidCharacters));
        }

        var countries = request.Countries ?? [];
        if (countries.Count > MaximumCountries)
        {
            problems.Add(new(nameof(request.Countries), TooManyCountries));
        }
        else if (!countries.All(code => code is not null && code.Trim().Length == 2 && CountryCatalogue.IsKnown(code)))
        {
            problems.Add(new(nameof(request.Countries), CountryUnknown));
        }

        if (!string.IsNullOrEmpty(request.ShipmentMethod) && !ShipmentMethods.IsKnown(request.ShipmentMethod))
        {
            problems.Add(new(nameof(request.ShipmentMethod), ShipmentMethodUnknown));
        }

        if (!Enum.IsDefined(request.Urgency))
        {
            problems.Add(new(nameof(request.Urgency), UrgencyUnknown));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}
