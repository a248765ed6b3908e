using System.Net;
using System.Text.RegularExpressions;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Rewards.Awards;

/// <summary>The officers' claim page through real HTTP on Kestrel, without JavaScript, signed in as each person concerned.</summary>
[Collection(TipLineServerCollection.Name)]
public sealed partial class ClaimPageTests(TipLineServer server)
{
    [Fact]
    public async Task One_officer_proposes_the_same_officer_cannot_approve_even_by_a_crafted_post_and_a_second_officer_approves()
    {
        var deployment = await AwardDeployment.CreateAsync(server);
        var (claimId, tipId, tipKey) = await deployment.ClaimAsync();
        var url = $"/office/rewards/claims/{claimId}";
        using var officerA = await deployment.SignInAsync(deployment.OfficerA);

        var page = await officerA.GetPageAsync(url);
        Assert.Contains(AwardDeployment.LawyerName, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Propose the preliminary determination", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Reasons[Culpability]\"", page, StringComparison.Ordinal);

        var proposed = await officerA.PostFormAsync(url + "?handler=Propose", ProposalFields("20"), formPage: url);
        Assert.Equal(url + "?done=Proposed", proposed.Headers.Location?.OriginalString);
        page = await officerA.GetPageAsync(url);
        Assert.Contains("id=\"four-eyes\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Approve", page, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Return", page, StringComparison.Ordinal);
        using var officerB = await deployment.SignInAsync(deployment.OfficerB);
        var proposalId = PendingProposal(await officerB.GetPageAsync(url));

        foreach (var handler in new[] { "Approve", "Return" })
        {
            var forced = await officerA.PostFormAsync($"{url}?handler={handler}", [new("ProposalId", proposalId)], formPage: url);
            Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
            Assert.Contains(
                "You proposed this; another reward officer must approve or return it.",
                WebUtility.HtmlDecode(await forced.Content.ReadAsStringAsync()),
                StringComparison.Ordinal);
        }

        var approved = await officerB.PostFormAsync(url + "?handler=Approve", [new("ProposalId", proposalId)], formPage: url);
        Assert.Equal(url + "?done=Approved", approved.Headers.Location?.OriginalString);
        page = await officerB.GetPageAsync(url + "?done=Approved");
        Assert.Contains("<dd id=\"claim-status\">Preliminary determination (contest window)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"claim-award\">20 %</dd>", page, StringComparison.Ordinal);
        Assert.Contains("The determination was approved and the whistleblower was told.", page, StringComparison.Ordinal);
        Assert.Contains("Because of Significance", page, StringComparison.Ordinal);
        Assert.Contains("Preliminary determination on your reward claim: 20 % of sanctions collected. You may contest it until", Assert.Single(await deployment.MessagesAsync(tipId, tipKey)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payments_show_what_is_outstanding_refuse_more_and_can_be_reversed_in_the_readers_language()
    {
        var deployment = await AwardDeployment.CreateAsync(server);
        var (claimId, _, _) = await deployment.ClaimAsync(finalPercent: 20m);
        await deployment.CollectAsync(10_000m);
        var url = $"/office/rewards/claims/{claimId}";
        using var officer = await deployment.SignInAsync(deployment.OfficerB);

        var page = await officer.GetPageAsync(url);
        Assert.Contains("<dd id=\"ledger-outstanding\">2,000.00 USD</dd>", page, StringComparison.Ordinal);
        Assert.Contains("?handler=Appeal", page, StringComparison.Ordinal);

        var tooMuch = await officer.PostFormAsync(url + "?handler=Pay", PaymentFields("2000.01"), formPage: url);
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("This payment is more than what is outstanding (2,000.00 USD).", WebUtility.HtmlDecode(await tooMuch.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var paid = await officer.PostFormAsync(url + "?handler=Pay", PaymentFields("1500"), formPage: url);
        Assert.Equal(url + "?done=PaymentRecorded", paid.Headers.Location?.OriginalString);
        page = await officer.GetPageAsync(url);
        Assert.Contains("<dd id=\"ledger-outstanding\">500.00 USD</dd>", page, StringComparison.Ordinal);
        var paymentId = PaymentPattern().Match(page).Groups["id"].Value;
        Assert.NotEmpty(paymentId);

        var reversed = await officer.PostFormAsync(url + "?handler=Reverse", [new("PaymentId", paymentId), new("PaymentReference", "Returned by the bank")], formPage: url);
        Assert.Equal(url + "?done=PaymentReversed", reversed.Headers.Location?.OriginalString);
        var french = WebUtility.HtmlDecode(await officer.GetPageAsync(url + "?lang=fr"));
        Assert.Contains("Reste à verser", french, StringComparison.Ordinal);
        Assert.Contains("Annulation", french, StringComparison.Ordinal);
        Assert.Contains("Décision finale", french, StringComparison.Ordinal);

        var spanish = await officer.PostFormAsync(url + "?handler=Pay&lang=es", PaymentFields("1", paidOn: AwardDeployment.Today.AddDays(3)), formPage: url);
        Assert.Equal(HttpStatusCode.BadRequest, spanish.StatusCode);
        Assert.Contains("El día del pago no puede estar en el futuro.", WebUtility.HtmlDecode(await spanish.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authority_gets_404_an_investigator_403_and_the_auditor_sees_figures_but_no_sealed_part()
    {
        var deployment = await AwardDeployment.CreateAsync(server);
        var (claimId, _, _) = await deployment.ClaimAsync();
        var url = $"/office/rewards/claims/{claimId}";

        using var other = await deployment.SignInAsync(deployment.OtherOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        var forged = await other.PostFormAsync(url + "?handler=Propose", ProposalFields("20"), formPage: "/office/rewards");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        Assert.Equal(HttpStatusCode.Forbidden, (await investigator.GetAsync(url)).StatusCode);

        using var auditor = await deployment.SignInAsync(deployment.Auditor);
        var page = await auditor.GetPageAsync(url);
        Assert.Contains(deployment.CaseReference, page, StringComparison.Ordinal);
        Assert.Contains("id=\"claim-sealed\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(AwardDeployment.LawyerName, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=", page, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> ProposalFields(string percent) =>
    [
        new("Percent", percent),
        new("Reasons[Significance]", "Because of Significance"),
        new("Reasons[Assistance]", "Because of Assistance"),
        new("Reasons[Timeliness]", "Because of Timeliness"),
        new("Reasons[Culpability]", "Because of Culpability"),
    ];

    private static List<KeyValuePair<string, string>> PaymentFields(string amount, DateOnly? paidOn = null) =>
    [
        new("Amount", amount),
        new("Currency", "USD"),
        new("PaidOn", (paidOn ?? AwardDeployment.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("PaymentReference", "TRF-2026-001"),
    ];

    private static string PendingProposal(string page)
    {
        var id = ProposalPattern().Match(page).Groups["id"].Value;
        Assert.NotEmpty(id);
        return id;
    }

    [GeneratedRegex("name=\"ProposalId\" value=\"(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex ProposalPattern();

    [GeneratedRegex("name=\"PaymentId\" value=\"(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex PaymentPattern();
}
