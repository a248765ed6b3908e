using TipLine.Domain.Messaging;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Intake;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>What the investigator finds when opening the stored tip with their own key, checked against what was typed.</summary>
internal static class StoredTip
{
    public static async Task AssertHoldsAsync(SeededServer seeded, PlantedReport report, string language, string acknowledgement, string answer)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        ArgumentNullException.ThrowIfNull(report);
        var opened = await TipInspection.OpenByMarkerAsync(seeded.Server.Services, seeded.Seed.InvestigatorKey, report.Marker);

        var answers = opened.Answers;
        Assert.Equal(language, answers.Language);
        Assert.Equal("marketplace", answers.PlatformKind);
        Assert.Equal(report.PlatformName, answers.PlatformName);
        Assert.Equal([report.ListingUrl], answers.ListingUrls);
        Assert.Equal([report.SellerHandle], answers.SellerHandles);
        Assert.Equal(report.Species, answers.Species);
        Assert.Equal("live", answers.ItemKind);
        Assert.Equal("MA", answers.SellerCountry);
        Assert.Equal(report.Description, answers.Description);

        var described = Assert.Single(answers.Files);
        Assert.Equal(report.FileName, described.Name);
        Assert.Equal(PlantedReport.FileType, described.Type);
        Assert.Equal(report.File.Length, described.Size);
        var (_, plaintext) = Assert.Single(opened.Files, file => file.Attachment.MessageId is null);
        // Not Assert.Equal: on a mismatch it would print megabytes.
        Assert.True(plaintext.AsSpan().SequenceEqual(report.File),
            $"the stored file decrypts to {plaintext.Length} bytes that differ from the {report.File.Length} bytes attached");

        Assert.Equal(2, opened.WrapCount); // the investigator and the whistleblower
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), opened.Tip.ReceivedOn);

        Assert.Equal(2, opened.Messages.Count);
        var (ackDirection, ackBody) = opened.Messages[0];
        Assert.Equal(MessageDirection.ToWhistleblower, ackDirection);
        Assert.StartsWith(acknowledgement, ackBody.Body, StringComparison.Ordinal);
        var (replyDirection, replyBody) = opened.Messages[1];
        Assert.Equal(MessageDirection.FromWhistleblower, replyDirection);
        Assert.Equal(answer, replyBody.Body);
    }
}
