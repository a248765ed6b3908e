using System.Text;
using System.Text.Json;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Bench.Intake;

/// <summary>
/// The answers JSON of ADR 0017 (version 1) as the browser builds it, with a description long enough that the padded,
/// encrypted answers come as close to a target ciphertext size as the Padmé buckets allow without exceeding it.
/// </summary>
public static class AnswersDocument
{
    private const string Story =
        "Live spur-thighed tortoises are offered every week in a closed group; the seller ships them in padded envelopes " +
        "through a parcel relay, twenty at a time, and posts photos of the boxes before they leave. ";

    /// <summary>UTF-8 JSON whose sealed form (padded, age to one X25519 recipient) is at most <paramref name="targetCiphertextBytes"/>.</summary>
    public static byte[] Build(int targetCiphertextBytes, IReadOnlyList<AttachedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var overhead = SealedOverhead();
        var empty = Serialize(string.Empty, files).Length;
        var descriptionLength = 0;
        while (overhead + PaddedLength.ForData(empty + descriptionLength + 1) <= targetCiphertextBytes)
        {
            descriptionLength++;
        }

        var description = new StringBuilder(descriptionLength + Story.Length);
        while (description.Length < descriptionLength)
        {
            description.Append(Story);
        }

        return Serialize(description.ToString(0, descriptionLength), files);
    }

    /// <summary>Bytes an age file to one X25519 recipient adds to its padded plaintext (header, nonce, one tag per 64 KiB).</summary>
    private static long SealedOverhead()
    {
        using var probe = X25519Identity.Generate();
        var plaintext = PlaintextPadding.Pad("{}"u8);
        return AgeEncryptor.Encrypt(plaintext, [probe.Recipient]).Length - plaintext.Length;
    }

    private static byte[] Serialize(string description, IReadOnlyList<AttachedFile> files) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            v = 1,
            language = "en",
            platformKind = "social-network",
            platformName = "ExampleGram",
            listingUrls = new[] { "https://example.test/listing/48213" },
            sellerHandles = new[] { "@reptile.exports" },
            species = "tortoises",
            catalogueSpecies = new[] { "Testudo graeca" },
            quantity = "20 a week",
            price = "45",
            currency = "EUR",
            itemKind = "live",
            shipmentMethod = "parcel relay",
            sellerCountry = "MA",
            buyerCountry = "FR",
            transitCountries = new[] { "ES" },
            urgency = "ongoing",
            description,
            rewardInterest = false,
            contact = string.Empty,
            files = files.Select(f => new { name = f.Name, type = f.Type, size = f.Size }).ToArray(),
        });
}
