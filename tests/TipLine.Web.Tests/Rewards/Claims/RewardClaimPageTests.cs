using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Rewards;
using TipLine.Crypto.Age;
using TipLine.Domain.Rewards;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Intake;
using TipLine.Web.Tests.Privacy;

namespace TipLine.Web.Tests.Rewards.Claims;

/// <summary>The reward section of /followup over real HTTP, without JavaScript and through the browser's API.</summary>
public sealed class RewardClaimPageTests(SeededServer seeded) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task A_whistleblower_without_javascript_sees_the_notice_claims_through_a_lawyer_and_sees_the_claim_received()
    {
        using var world = await RewardFollowUp.CreateAsync(seeded);
        var lawyer = "Maître Odile Nkoghe-" + Guid.NewGuid().ToString("N")[..10];

        // What the claimant's browser and network say about them must not be kept either (design.md property 2).
        var marker = Guid.NewGuid().ToString("N")[..12];
        var address = $"198.51.{System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 255)}.{System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 255)}";
        var planted = new Dictionary<string, string>
        {
            ["X-Forwarded-For"] = address,
            ["User-Agent"] = $"ClaimantBrowser/{marker}",
            ["Accept-Language"] = $"x-{marker[..8]}",
        };

        var (status, before) = await world.GetAsync("/followup?lang=en");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Wildlife crime rewards", before, StringComparison.Ordinal);
        Assert.Contains("10 % to 30 % of the sanctions collected", before, StringComparison.Ordinal);
        Assert.Contains("Officials acting in their duties", before, StringComparison.Ordinal);
        Assert.Contains($"You may claim until {RewardFollowUp.Today.AddDays(87):yyyy-MM-dd}", before, StringComparison.Ordinal);
        Assert.Contains("only the reward officers of this programme", before, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Anonymous\"", before, StringComparison.Ordinal); // this programme does not allow it

        using var claimed = await world.SendAsync(HttpMethod.Post, "/followup/claim?lang=en", NoScriptIntakeTests.Form(
            ("noticeId", world.NoticeId.ToString()), ("kind", "Represented"), ("name", ""), ("contact", ""), ("payout", ""),
            ("representative", lawyer + ", +241 01 23 45 67, compte CARPA 1234"), ("statement", "I sent the depot address.")), planted);
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        Assert.Equal("/followup?lang=en#reward", claimed.Headers.Location!.OriginalString);

        var (_, after) = await world.GetAsync("/followup?lang=en");
        Assert.Contains($"Your claim was received on {RewardFollowUp.Today:yyyy-MM-dd}.", after, StringComparison.Ordinal);
        Assert.Contains("The reward officers are reviewing your claim.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("reward-claim-form", after, StringComparison.Ordinal);
        Assert.DoesNotContain(lawyer, after, StringComparison.Ordinal);

        var claim = await world.WithDatabaseAsync(db => db.RewardClaims.AsNoTracking().SingleAsync(c => c.TipId == world.TipId));
        Assert.Equal(ClaimantKind.Represented, claim.Kind);
        var opened = ClaimContent.Open(claim.Ciphertext, world.Officer);
        Assert.Equal((lawyer + ", +241 01 23 45 67, compte CARPA 1234", "I sent the depot address."), (opened.Representative, opened.Statement));
        Assert.Throws<AgeException>(() => TipSealing.OpenWithAnyKey(claim.Ciphertext, [seeded.Seed.InvestigatorKey]));

        // Not one byte of the lawyer's name in anything the server wrote: database (and its WAL), blobs, keys, logs.
        SqliteConnection.ClearAllPools();
        var files = Directory.EnumerateFiles(seeded.Server.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, file => file.EndsWith("tipline.db", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith(".log", StringComparison.Ordinal));
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = await WrittenFiles.ReadSharedAsync(file);
            }
            catch (FileNotFoundException)
            {
                continue; // a -wal/-shm file checkpointed away after the listing: its content is in the database file
            }

            Assert.False(WrittenFiles.Contains(bytes, lawyer), $"{Path.GetFileName(file)} holds the lawyer's name");
            Assert.False(WrittenFiles.Contains(bytes, marker), $"{Path.GetFileName(file)} holds the claimant's User-Agent or language header");
            Assert.False(WrittenFiles.Contains(bytes, address), $"{Path.GetFileName(file)} holds the claimant's address");
        }
    }

    [Theory]
    [InlineData("en", "The period for claims on this notice has ended.")]
    [InlineData("fr", "La période de demande pour cet avis est terminée.")]
    [InlineData("es", "El plazo para reclamar en este aviso ha terminado.")]
    public async Task A_claim_after_the_window_is_refused_in_the_page_language_and_nothing_is_stored(string language, string expected)
    {
        using var world = await RewardFollowUp.CreateAsync(seeded, noticeAgeDays: 91);
        var (_, page) = await world.GetAsync($"/followup?lang={language}");
        Assert.DoesNotContain("reward-claim-form", page, StringComparison.Ordinal);

        using var response = await world.SendAsync(HttpMethod.Post, $"/followup/claim?lang={language}", NoScriptIntakeTests.Form(
            ("noticeId", world.NoticeId.ToString()), ("kind", "Identified"), ("name", "Amina Diallo"), ("payout", "IBAN FR76 3000 6000 0112 3456 7890 189")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await world.WithDatabaseAsync(db => db.RewardClaims.CountAsync(c => c.TipId == world.TipId)));
    }

    [Fact]
    public async Task A_refused_claim_form_says_what_is_missing_beside_the_field_and_keeps_what_was_typed()
    {
        using var world = await RewardFollowUp.CreateAsync(seeded);

        using var response = await world.SendAsync(HttpMethod.Post, "/followup/claim?lang=es", NoScriptIntakeTests.Form(
            ("noticeId", world.NoticeId.ToString()), ("kind", "Represented"), ("representative", "  "), ("statement", "typed-statement-kept")));

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"reward-0-representative-error\">Indique el nombre de su abogado o intermediario", page, StringComparison.Ordinal);
        Assert.Contains(">typed-statement-kept</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Represented\" required checked", page, StringComparison.Ordinal);
        Assert.Equal(0, await world.WithDatabaseAsync(db => db.RewardClaims.CountAsync(c => c.TipId == world.TipId)));
    }

    [Fact]
    public async Task A_browser_sealed_claim_goes_through_the_api_and_a_second_one_is_refused()
    {
        using var world = await RewardFollowUp.CreateAsync(seeded, allowsAnonymous: true);
        var (_, page) = await world.GetAsync("/followup?lang=en");
        Assert.Contains("value=\"Anonymous\"", page, StringComparison.Ordinal);
        var recipients = JsonSerializer.Deserialize<string[]>(
            System.Text.RegularExpressions.Regex.Match(page, "data-recipients=\"(?<json>\\[[^\\]]*\\])\"").Groups["json"].Value)!;
        Assert.Contains(world.Officer.Recipient.ToString(), recipients);
        Assert.Equal(3, recipients.Length); // the two officers, then the whistleblower's own key

        var ciphertext = new ClaimContent("", "", "", "", "Payment through the secure messages, please.").SealFor(recipients);
        using var first = await world.SendAsync(HttpMethod.Post, "/api/followup/claims?lang=fr",
            JsonContent.Create(new { noticeId = world.NoticeId, kind = "Anonymous", ciphertext = Convert.ToBase64String(ciphertext) }));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await world.SendAsync(HttpMethod.Post, "/api/followup/claims?lang=fr",
            JsonContent.Create(new { noticeId = world.NoticeId, kind = "Anonymous", ciphertext = Convert.ToBase64String(ciphertext) }));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var refusal = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rewards.claim.already", refusal.GetProperty("error").GetString());
        Assert.StartsWith("Vous avez déjà demandé cette récompense", refusal.GetProperty("message").GetString(), StringComparison.Ordinal);

        var claim = await world.WithDatabaseAsync(db => db.RewardClaims.AsNoTracking().SingleAsync(c => c.TipId == world.TipId));
        Assert.Equal(ClaimantKind.Anonymous, claim.Kind);
        Assert.Equal("Payment through the secure messages, please.", ClaimContent.Open(claim.Ciphertext, world.Officer).Statement);
    }

    [Fact]
    public async Task A_preliminary_determination_is_shown_contested_without_javascript_and_payments_are_listed()
    {
        using var world = await RewardFollowUp.CreateAsync(seeded);
        var claimId = await SeedPreliminaryClaimAsync(world);

        var (_, page) = await world.GetAsync("/followup?lang=fr");
        Assert.Contains("Décision préliminaire : 20 % des sanctions recouvrées.", page, StringComparison.Ordinal);
        Assert.Contains($"Vous pouvez la contester jusqu'au {RewardFollowUp.Today.AddDays(28):yyyy-MM-dd}", page, StringComparison.Ordinal);

        using var empty = await world.SendAsync(HttpMethod.Post, "/followup/contest?lang=fr", NoScriptIntakeTests.Form(("claimId", claimId.ToString()), ("statement", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Dites pourquoi vous n'êtes pas d'accord.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var contested = await world.SendAsync(HttpMethod.Post, "/followup/contest?lang=fr", NoScriptIntakeTests.Form(
            ("claimId", claimId.ToString()), ("statement", "My second message led to the seizure.")));
        Assert.Equal(HttpStatusCode.Redirect, contested.StatusCode);
        var stored = await world.WithDatabaseAsync(db => db.RewardClaims.AsNoTracking().SingleAsync(c => c.Id == claimId));
        Assert.Equal("My second message led to the seizure.", ContestContent.Open(stored.ContestCiphertext, world.Officer).Statement);

        var after = (await world.GetAsync("/followup?lang=fr")).Page;
        Assert.Contains($"Vous l'avez contestée le {RewardFollowUp.Today:yyyy-MM-dd}.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("reward-contest-form", after, StringComparison.Ordinal);
        Assert.Contains("Aucun paiement pour l'instant.", after, StringComparison.Ordinal);

        await ApproveFinalAndPayAsync(world, claimId, 1234.5m);
        var (_, paid) = await world.GetAsync("/followup?lang=fr");
        Assert.Contains("Décision définitive : 20 % des sanctions recouvrées.", paid, StringComparison.Ordinal);
        Assert.Contains("234,50 EUR</td><td>paiement</td>", paid, StringComparison.Ordinal);
        Assert.Contains("Total reçu : 1", paid, StringComparison.Ordinal);
    }

    private static Task<int> ApproveFinalAndPayAsync(RewardFollowUp world, Guid claimId, decimal amount) => world.WithDatabaseAsync(async db =>
    {
        var today = RewardFollowUp.Today;
        var programme = await db.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == world.ProgrammeId);
        var claim = await db.RewardClaims.SingleAsync(c => c.Id == claimId);
        claim.Propose(DeterminationStage.Final, today);
        var proposal = new AwardProposal(Guid.NewGuid(), claimId, DeterminationStage.Final, 20m, [1], world.OfficerIds[0], today);
        proposal.Approve(world.OfficerIds[1], today);
        claim.ApplyApproved(proposal, programme, today);
        db.AwardProposals.Add(proposal);
        db.RewardPayments.Add(new RewardPayment(Guid.NewGuid(), claimId, 1, PaymentKind.Payment, amount, "EUR", today, "VIR-1", null, world.OfficerIds[0], today));
        return await db.SaveChangesAsync();
    });

    private static async Task<Guid> SeedPreliminaryClaimAsync(RewardFollowUp world)
    {
        var today = RewardFollowUp.Today;
        return await world.WithDatabaseAsync(async db =>
        {
            var programme = await db.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == world.ProgrammeId);
            var claim = new RewardClaim(Guid.NewGuid(), world.NoticeId, world.ProgrammeId, await db.RewardNotices.Where(n => n.Id == world.NoticeId).Select(n => n.CaseId).SingleAsync(),
                world.TipId, ClaimantKind.Represented, new ClaimContent("", "", "", "Maître X", "").SealFor([world.Officer.Recipient.ToString()]), today.AddDays(-3));
            claim.Propose(DeterminationStage.Preliminary, today.AddDays(-2));
            var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, DeterminationStage.Preliminary, 20m, [1], world.OfficerIds[0], today.AddDays(-2));
            proposal.Approve(world.OfficerIds[1], today.AddDays(-2));
            claim.ApplyApproved(proposal, programme, today.AddDays(-2));
            db.AddRange(claim, proposal);
            await db.SaveChangesAsync();
            return claim.Id;
        });
    }
}
