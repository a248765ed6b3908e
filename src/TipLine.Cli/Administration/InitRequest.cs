using TipLine.Crypto.Age;
using TipLine.Domain.Organisations;

namespace TipLine.Cli.Administration;

/// <summary>The parsed, validated options of "tipline init".</summary>
internal sealed record InitRequest(
    string OrganisationName,
    OrganisationType Type,
    IReadOnlyList<string> Jurisdictions,
    string UserName,
    string DisplayName,
    X25519Recipient? Escrow)
{
    public static InitRequest? Parse(IReadOnlyList<string> arguments, out string problem)
    {
        string? organisation = null, user = null, displayName = null;
        OrganisationType? type = null;
        X25519Recipient? escrow = null;
        var jurisdictions = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var option = arguments[i];
            if (i + 1 >= arguments.Count)
            {
                problem = $"{option} needs a value.";
                return null;
            }

            var value = arguments[++i];
            switch (option)
            {
                case "--organisation":
                    organisation = value.Trim();
                    break;
                case "--type" when Enum.TryParse<OrganisationType>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed):
                    type = parsed;
                    break;
                case "--type":
                    problem = $"'{value}' is not an organisation type.";
                    return null;
                case "--jurisdiction":
                    jurisdictions.Add(value);
                    break;
                case "--user":
                    user = value.Trim();
                    break;
                case "--display-name":
                    displayName = value.Trim();
                    break;
                case "--escrow" when X25519Recipient.TryParse(value, out var recipient):
                    escrow = recipient;
                    break;
                case "--escrow":
                    problem = $"'{value}' is not an age X25519 recipient (age1...).";
                    return null;
                default:
                    problem = $"unknown option '{option}'.";
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(organisation) || type is null || string.IsNullOrWhiteSpace(user) || jurisdictions.Count == 0)
        {
            problem = "--organisation, --type, --jurisdiction and --user are required.";
            return null;
        }

        try
        {
            _ = CountryList.Normalise(jurisdictions);
        }
        catch (ArgumentException error)
        {
            problem = error.Message;
            return null;
        }

        problem = string.Empty;
        return new InitRequest(organisation, type.Value, jurisdictions, user, displayName ?? user, escrow);
    }
}
