using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Claims;
using TipLine.Crypto.Age;
using TipLine.Crypto.Age.Inspection;
using TipLine.Web.Tests.BrowserCrypto;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Rewards.Claims;

/// <summary>
/// The follow-up script's claim sealing (ClientApp/src/followup/rewardClaim.js, run in node outside a secure
/// context) against the server: the same rules, a file the API accepts and a reward officer opens, and no investigator.
/// </summary>
public sealed partial class BrowserClaimSealingTests(SeededServer seeded) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task A_claim_sealed_by_the_script_to_the_pages_recipients_is_accepted_and_only_reward_officers_and_the_whistleblower_open_it()
    {
        using var world = await RewardFollowUp.CreateAsync(seeded);
        var (_, page) = await world.GetAsync("/followup?lang=en");
        var recipients = JsonSerializer.Deserialize<string[]>(RecipientsPattern().Match(page).Groups["json"].Value)!;
        var lawyer = "Maître Odile Nkoghe, Libreville — +241 01 23 45 67";

        var prepared = Seal(new { kind = "Represented", fields = new { name = "", representative = "  " + lawyer + "  ", statement = "Depot on Rue des Palmiers\r\nTuesdays" }, recipients });

        Assert.Empty(prepared.GetProperty("problems").EnumerateArray());
        var ciphertext = Convert.FromBase64String(prepared.GetProperty("ciphertext").GetString()!);
        Assert.Equal(recipients.Length, AgeFileInspector.Inspect(ciphertext).RecipientCount);
        using var posted = await world.SendAsync(HttpMethod.Post, "/api/followup/claims?lang=en",
            JsonContent.Create(new { noticeId = world.NoticeId, kind = "Represented", ciphertext = Convert.ToBase64String(ciphertext) }));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var claim = await world.WithDatabaseAsync(db => db.RewardClaims.AsNoTracking().SingleAsync(c => c.TipId == world.TipId));
        var opened = ClaimContent.Open(claim.Ciphertext, world.Officer);
        Assert.Equal(new ClaimContent("", "", "", lawyer, "Depot on Rue des Palmiers\nTuesdays"), opened);
        Assert.Throws<AgeException>(() => TipSealing.OpenWithAnyKey(claim.Ciphertext, [seeded.Seed.InvestigatorKey]));
        Assert.Contains($"Your claim was received on {RewardFollowUp.Today:yyyy-MM-dd}.", (await world.GetAsync("/followup?lang=en")).Page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_applies_the_servers_claim_rules_and_sends_no_identity_in_an_anonymous_claim()
    {
        using var officer = X25519Identity.Generate();
        string[] recipients = [officer.Recipient.ToString()];

        var anonymous = Seal(new { kind = "Anonymous", fields = new { name = "Amina Diallo", payout = "IBAN", representative = "X", statement = "s" }, recipients });
        Assert.Equal(
            new ClaimContent("", "", "", "", "s"),
            ClaimContent.Open(Convert.FromBase64String(anonymous.GetProperty("ciphertext").GetString()!), officer));

        // The same cases through ClaimContentRules give the same refusals (named by their message keys' last parts).
        foreach (var (kind, fields, expected) in new (string, object, string[])[]
        {
            ("Identified", new { name = " ", payout = "" }, [ClaimContentRules.NameRequired, ClaimContentRules.PayoutRequired]),
            ("Represented", new { representative = "" }, [ClaimContentRules.RepresentativeRequired]),
            ("Represented", new { representative = new string('r', ClaimContent.MaximumFieldLength + 1) }, [ClaimContentRules.FieldTooLong]),
            ("Unknown", new { name = "x" }, ["rewards.claim.kind.invalid"]),
        })
        {
            var refused = Seal(new { kind, fields, recipients });
            Assert.Equal(JsonValueKind.Null, refused.GetProperty("ciphertext").ValueKind);
            Assert.Equal(expected.Select(ScriptName), refused.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        }

        var contest = Seal(new { contest = new { statement = "  I disagree.  " }, recipients });
        Assert.Equal("I disagree.", ContestContent.Open(Convert.FromBase64String(contest.GetProperty("ciphertext").GetString()!), officer).Statement);
        Assert.Equal(["ContestStatementRequired"], Seal(new { contest = new { statement = " " }, recipients }).GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
    }

    // The script names refusals as the page's RewardClientJson does.
    private static string ScriptName(string key) => key switch
    {
        ClaimContentRules.NameRequired => "NameRequired",
        ClaimContentRules.PayoutRequired => "PayoutRequired",
        ClaimContentRules.RepresentativeRequired => "RepresentativeRequired",
        ClaimContentRules.FieldTooLong => "FieldTooLong",
        _ => "KindRequired",
    };

    private static JsonElement Seal(object input) => ClientAppScripts.RunForJson("seal-claim.mjs", [JsonSerializer.Serialize(input)]);

    [GeneratedRegex("data-recipients=\"(?<json>\\[[^\\]]*\\])\"")]
    private static partial Regex RecipientsPattern();
}
