using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Validation;
using TipLine.Crypto.Age;
using TipLine.Domain.Catalogue;
using TipLine.Domain.Organisations;

namespace TipLine.Application.Organisations;

/// <summary>What makes an organisation's name, type, jurisdictions and escrow key acceptable, for creating and for editing one.</summary>
public static class OrganisationRules
{
    public const int MaximumNameLength = 200;
    public const string NameRequired = "organisation.name.required";
    public const string NameTooLong = "organisation.name.tooLong";
    public const string NameInvalidCharacters = "organisation.name.invalidCharacters";
    public const string NameTaken = "organisation.name.taken";
    public const string TypeUnknown = "organisation.type.unknown";
    public const string JurisdictionsRequired = "organisation.jurisdictions.required";
    public const string JurisdictionInvalid = "organisation.jurisdictions.invalidCode";
    public const string EscrowInvalid = "organisation.escrow.invalid";

    /// <summary>Checks name, type and jurisdictions; <paramref name="organisationId"/> is the one being edited, whose own name is not "taken".</summary>
    public static async Task<List<ValidationProblem>> CheckDetailsAsync(
        ITipLineDatabase database, Guid? organisationId, string? name, OrganisationType type, IReadOnlyList<string>? jurisdictions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var problems = new List<ValidationProblem>();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problems.Add(new("Name", NameRequired));
        }
        else if (trimmed.Length > MaximumNameLength)
        {
            problems.Add(new("Name", NameTooLong));
        }
        else if (trimmed.Any(char.IsControl))
        {
            problems.Add(new("Name", NameInvalidCharacters));
        }
        else if (await database.Organisations.AnyAsync(o => o.Name == trimmed && o.Id != organisationId, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new("Name", NameTaken));
        }

        if (!Enum.IsDefined(type))
        {
            problems.Add(new("Type", TypeUnknown));
        }

        if (jurisdictions is not { Count: > 0 })
        {
            problems.Add(new("Jurisdictions", JurisdictionsRequired));
        }
        else if (!jurisdictions.All(code => code is not null && CountryCatalogue.IsKnown(code)))
        {
            problems.Add(new("Jurisdictions", JurisdictionInvalid));
        }

        return problems;
    }

    /// <summary>An escrow key is optional; when given it must be an age X25519 recipient, whose private half is kept offline.</summary>
    public static bool IsAcceptableEscrow(string? recipient) =>
        string.IsNullOrWhiteSpace(recipient) || X25519Recipient.TryParse(recipient.Trim(), out _);

    /// <summary>The stored form of an escrow key as typed: trimmed, or null for none (as <see cref="Organisation.SetEscrowRecipient"/> stores it).</summary>
    public static string? NormaliseEscrow(string? recipient) => string.IsNullOrWhiteSpace(recipient) ? null : recipient.Trim();
}
