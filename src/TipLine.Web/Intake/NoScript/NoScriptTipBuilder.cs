using TipLine.Application.Intake;
using TipLine.Application.Intake.OpenIntakeForm;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Receipts;
using TipLine.Domain.Catalogue;

namespace TipLine.Web.Intake.NoScript;

/// <summary>
/// Does on the server what the browser's script does when JavaScript is on: answers to JSON, padded and sealed to the
/// tip key; the tip key wrapped to every channel recipient and to the keys derived from a fresh receipt.
/// </summary>
public sealed class NoScriptTipBuilder(ServerReceiptKeys receiptKeys)
{
    public const string DescriptionRequired = "intake.description.required";
    public const string CountryUnknown = "intake.country.unknown";

    private static readonly HashSet<string> PlatformKinds = ["marketplace", "social-network", "messaging-app", "other"];
    private static readonly HashSet<string> ItemKinds = ["live", "product", "both", "unknown"];
    private static readonly HashSet<string> Urgencies = ["immediate-danger", "ongoing", "past"];

    /// <summary>The answers as the questionnaire defines them, or the message keys of what is wrong.</summary>
    public static (TipAnswers? Answers, IReadOnlyList<string> Problems) ReadAnswers(NoScriptForm form, string language)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<string>();
        var description = form.Field("description");
        if (description.Length == 0)
        {
            problems.Add(DescriptionRequired);
        }

        var countries = new[] { form.Field("sellerCountry"), form.Field("buyerCountry") }.Concat(form.Values("transitCountries"));
        if (countries.Any(code => code.Length > 0 && !CountryCatalogue.IsKnown(code)))
        {
            problems.Add(CountryUnknown);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var answers = new TipAnswers
        {
            Language = language,
            PlatformKind = OneOf(form.Field("platformKind"), PlatformKinds),
            PlatformName = form.Field("platformName"),
            ListingUrls = form.Lines("listingUrls"),
            SellerHandles = form.Lines("sellerHandles"),
            Species = form.Field("species"),
            CatalogueSpecies = form.Lines("catalogueSpecies"),
            Quantity = form.Field("quantity"),
            Price = form.Field("price"),
            Currency = form.Field("currency"),
            ItemKind = OneOf(form.Field("itemKind"), ItemKinds),
            ShipmentMethod = form.Field("shipmentMethod"),
            SellerCountry = form.Field("sellerCountry").ToUpperInvariant(),
            BuyerCountry = form.Field("buyerCountry").ToUpperInvariant(),
            TransitCountries = form.Values("transitCountries").Select(c => c.ToUpperInvariant()).Distinct().ToList(),
            Urgency = OneOf(form.Field("urgency"), Urgencies),
            Description = description,
            RewardInterest = string.Equals(form.Field("rewardInterest"), "true", StringComparison.Ordinal),
            Contact = form.Field("contact"),
            Files = form.Files.Select(f => f.Description).ToList(),
        };
        return (answers, []);
    }

    /// <summary>Seals the answers, makes the receipt and the wraps. The receipt is returned for display after the commit only.</summary>
    public async Task<(SubmitTip Command, Receipt Receipt)> BuildAsync(
        IntakeForm channel, X25519Identity tipKey, TipAnswers answers, IReadOnlyList<UploadedCiphertext> files, string acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(tipKey);
        ArgumentNullException.ThrowIfNull(answers);
        var tipRecipient = tipKey.Recipient.ToString();
        var plaintext = answers.ToUtf8Json();
        byte[] sealedAnswers;
        try
        {
            sealedAnswers = TipSealing.SealForTip(plaintext, tipRecipient);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
        }

        var receipt = Receipt.Generate();
        using var keys = await receiptKeys.DeriveAsync(receipt, cancellationToken).ConfigureAwait(false);
        var wraps = channel.Recipients
            .Select(r => new ClientKeyWrap(r, TipKey.WrapFor(tipKey, X25519Recipient.Parse(r))))
            .Append(new ClientKeyWrap(keys.WhistleblowerRecipient.ToString(), TipKey.WrapFor(tipKey, keys.WhistleblowerRecipient)))
            .ToList();
        var command = new SubmitTip(
            channel.Slug,
            tipRecipient,
            keys.WhistleblowerRecipient.ToString(),
            keys.LookupHash,
            sealedAnswers,
            wraps,
            files,
            acknowledgement);
        return (command, receipt);
    }

    private static string OneOf(string value, HashSet<string> allowed) => allowed.Contains(value) ? value : string.Empty;
}
