using System.Net;
using TipLine.Domain.Staff;

namespace TipLine.Web.Tests.Office.Rewards.Awards;

public sealed partial class ClaimPageTests
{
    [Fact]
    public async Task An_officer_who_joined_later_reads_the_claim_once_a_colleague_lands_on_the_back_office()
    {
        var deployment = await AwardDeployment.CreateAsync(server);
        var (claimId, _, _) = await deployment.ClaimAsync();
        var url = $"/office/rewards/claims/{claimId}";
        var joined = await StaffSeed.CreateUserAsync(server.Services, deployment.OfficerA.OrganisationId, "officer-c-" + Guid.NewGuid().ToString("N")[..8], StaffRoles.RewardOfficer);
        using var newcomer = await deployment.SignInAsync(joined);

        var sealedBefore = WebUtility.HtmlDecode(await newcomer.GetPageAsync(url));
        Assert.Contains("Sealed before you joined", sealedBefore, StringComparison.Ordinal);
        Assert.DoesNotContain(AwardDeployment.LawyerName, sealedBefore, StringComparison.Ordinal);

        // Officer A's landing on /office re-seals the claim for today's officers, then sends them to their workspace.
        using var officerA = await deployment.SignInAsync(deployment.OfficerA);
        var landing = await officerA.GetAsync("/office");
        Assert.Equal((HttpStatusCode.Redirect, "/office/rewards"), (landing.StatusCode, landing.Headers.Location?.OriginalString));

        var opened = WebUtility.HtmlDecode(await newcomer.GetPageAsync(url));
        Assert.Contains(AwardDeployment.LawyerName, opened, StringComparison.Ordinal);
        Assert.DoesNotContain("Sealed before you joined", opened, StringComparison.Ordinal);
    }
}
