using System.Text.Json;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;
using TipLine.Crypto.Receipts;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>
/// The tip the browser prepares (tip key, receipt, Argon2id, answers, wraps; node without crypto.subtle) opens on
/// the server side with the real TipLine.Crypto and Application code: answers with the tip key, every wrap with its
/// reader's key, the whistleblower's wrap with the keys derived from the receipt the browser would show.
/// </summary>
public sealed class BrowserTipSealingTests : IDisposable
{
    private static readonly string[] AdrKeyOrder =
    [
        "v", "language", "platformKind", "platformName", "listingUrls", "sellerHandles", "species", "catalogueSpecies",
        "quantity", "price", "currency", "itemKind", "shipmentMethod", "sellerCountry", "buyerCountry",
        "transitCountries", "urgency", "description", "rewardInterest", "contact", "files",
    ];

    private readonly X25519Identity investigator = X25519Identity.Generate();
    private readonly X25519Identity escrow = X25519Identity.Generate();
    private readonly byte[] salt = ReceiptKeys.GenerateDeploymentSalt();

    public void Dispose()
    {
        investigator.Dispose();
        escrow.Dispose();
    }

    [Fact]
    public void Answers_open_with_the_tip_key_and_carry_every_form_field_as_the_ADR_says()
    {
        var sealedTip = SealInBrowser(
        [
            ["platformKind", "marketplace"],
            ["platformName", "  Example Market "],
            ["listingUrls", "https://market.example/item/1\r\n\r\n  https://market.example/item/2  \n"],
            ["sellerHandles", "@tortoise_seller\n"],
            ["species", "Greek tortoise"],
            ["catalogueSpecies", "Testudo graeca\nTestudo hermanni"],
            ["quantity", "12"],
            ["price", "150"],
            ["currency", "EUR"],
            ["itemKind", "live"],
            ["shipmentMethod", "courier"],
            ["sellerCountry", "MA"],
            ["buyerCountry", "FR"],
            ["transitCountries", "ES"],
            ["transitCountries", ""],
            ["transitCountries", "PT"],
            ["urgency", "ongoing"],
            ["description", "Weekly shipments of live tortoises.\nL'envoi part le lundi — 🐢"],
            ["rewardInterest", "true"],
            ["contact", ""],
            ["lang", "fr"],
        ],
        [new { name = "label.jpg", type = "image/jpeg", size = 8000000L }, new { name = "chat.txt", type = "text/plain", size = 0L }]);

        using var tipIdentity = X25519Identity.Parse(sealedTip.TipIdentity);
        Assert.Equal(tipIdentity.Recipient.ToString(), sealedTip.Tip.GetProperty("tipRecipient").GetString());
        var answersCiphertext = Convert.FromBase64String(sealedTip.Tip.GetProperty("answers").GetString()!);
        Assert.True(SubmitTipValidator.IsSingleRecipientAgeFile(answersCiphertext, SubmitTipLimits.MaximumAnswersCiphertextBytes));

        var plaintext = TipSealing.OpenWithTipKey(answersCiphertext, tipIdentity);

        using var json = JsonDocument.Parse(plaintext);
        Assert.Equal(AdrKeyOrder, json.RootElement.EnumerateObject().Select(p => p.Name));
        var answers = TipAnswers.FromUtf8Json(plaintext);
        Assert.Equal(1, answers.Version);
        Assert.Equal("fr", answers.Language);
        Assert.Equal("marketplace", answers.PlatformKind);
        Assert.Equal("Example Market", answers.PlatformName);
        Assert.Equal(["https://market.example/item/1", "https://market.example/item/2"], answers.ListingUrls);
        Assert.Equal(["@tortoise_seller"], answers.SellerHandles);
        Assert.Equal("Greek tortoise", answers.Species);
        Assert.Equal(["Testudo graeca", "Testudo hermanni"], answers.CatalogueSpecies);
        Assert.Equal(("12", "150", "EUR"), (answers.Quantity, answers.Price, answers.Currency));
        Assert.Equal(("live", "courier", "ongoing"), (answers.ItemKind, answers.ShipmentMethod, answers.Urgency));
        Assert.Equal(("MA", "FR"), (answers.SellerCountry, answers.BuyerCountry));
        Assert.Equal(["ES", "PT"], answers.TransitCountries);
        Assert.Equal("Weekly shipments of live tortoises.\nL'envoi part le lundi — 🐢", answers.Description);
        Assert.True(answers.RewardInterest);
        Assert.Equal(string.Empty, answers.Contact);
        Assert.Equal(
            [new AttachmentDescription("label.jpg", "image/jpeg", 8000000), new AttachmentDescription("chat.txt", "text/plain", 0)],
            answers.Files);
    }

    [Fact]
    public void A_form_with_only_a_description_gives_empty_strings_empty_lists_and_no_reward_interest()
    {
        var sealedTip = SealInBrowser([["description", "Pangolin scales for sale"], ["sellerCountry", ""]], []);

        using var tipIdentity = X25519Identity.Parse(sealedTip.TipIdentity);
        var answers = TipAnswers.FromUtf8Json(TipSealing.OpenWithTipKey(Convert.FromBase64String(sealedTip.Tip.GetProperty("answers").GetString()!), tipIdentity));

        Assert.Equal("Pangolin scales for sale", answers.Description);
        Assert.Equal(string.Empty, answers.PlatformKind + answers.PlatformName + answers.Species + answers.SellerCountry + answers.Urgency + answers.ItemKind);
        Assert.Empty(answers.ListingUrls);
        Assert.Empty(answers.TransitCountries);
        Assert.Empty(answers.Files);
        Assert.False(answers.RewardInterest);
    }

    [Fact]
    public void Every_wrap_opens_with_its_readers_key_and_the_whistleblowers_opens_with_the_shown_receipt()
    {
        var sealedTip = SealInBrowser([["description", "Ivory carvings shipped from a free zone"]], []);

        var tip = sealedTip.Tip;
        var wraps = tip.GetProperty("wraps").EnumerateArray()
            .ToDictionary(w => w.GetProperty("recipient").GetString()!, w => Convert.FromBase64String(w.GetProperty("wrap").GetString()!), StringComparer.Ordinal);
        var whistleblowerRecipient = tip.GetProperty("whistleblowerRecipient").GetString()!;
        Assert.Equal(
            new[] { investigator.Recipient.ToString(), escrow.Recipient.ToString(), whistleblowerRecipient }.Order(StringComparer.Ordinal),
            wraps.Keys.Order(StringComparer.Ordinal));
        Assert.All(wraps.Values, wrap => Assert.True(SubmitTipValidator.IsSingleRecipientAgeFile(wrap, SubmitTipLimits.MaximumWrapBytes)));

        foreach (var reader in new[] { investigator, escrow })
        {
            using var unwrapped = WrappedIdentity.Unwrap(wraps[reader.Recipient.ToString()], [reader]);
            Assert.Equal(sealedTip.TipIdentity, unwrapped.ToSecretString());
        }

        // The receipt exactly as the page would show it, typed back in on the server's no-JavaScript login.
        using var receiptKeys = ReceiptKeys.Derive(Receipt.Parse(sealedTip.Receipt), salt, Argon2idParameters.FastForTestsOnly);
        Assert.Equal(receiptKeys.WhistleblowerRecipient.ToString(), whistleblowerRecipient);
        Assert.Equal(Convert.ToHexStringLower(receiptKeys.LookupHash), tip.GetProperty("lookupHash").GetString());
        using var opened = WrappedIdentity.Unwrap(wraps[whistleblowerRecipient], [receiptKeys.WhistleblowerIdentity]);
        Assert.Equal(sealedTip.TipIdentity, opened.ToSecretString());
    }

    [Fact]
    public void Each_run_makes_a_new_tip_key_and_a_new_receipt()
    {
        var first = SealInBrowser([["description", "a"]], []);
        var second = SealInBrowser([["description", "a"]], []);

        Assert.NotEqual(first.TipIdentity, second.TipIdentity);
        Assert.NotEqual(first.Receipt, second.Receipt);
        Assert.NotEqual(first.Tip.GetProperty("lookupHash").GetString(), second.Tip.GetProperty("lookupHash").GetString());
    }

    private BrowserSealedTip SealInBrowser(string[][] fields, object[] files)
    {
        var parameters = Argon2idParameters.FastForTestsOnly;
        var request = JsonSerializer.Serialize(new
        {
            config = new
            {
                channel = "wildlife",
                lang = "fr",
                recipients = new[] { investigator.Recipient.ToString(), escrow.Recipient.ToString() },
                salt = Convert.ToBase64String(salt),
                argon2 = new { memoryKiB = parameters.MemoryKiB, iterations = parameters.Iterations, parallelism = parameters.Parallelism },
            },
            fields,
            files,
        });
        var result = ClientAppScripts.RunForJson("seal-tip.mjs", [request]);
        return new BrowserSealedTip(
            result.GetProperty("receipt").GetString()!,
            result.GetProperty("tipIdentity").GetString()!,
            result.GetProperty("tip"));
    }

    private sealed record BrowserSealedTip(string Receipt, string TipIdentity, JsonElement Tip);
}
