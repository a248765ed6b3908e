using System.Text;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Claims;
using TipLine.Application.Rewards.Claims.FileRewardClaim;
using TipLine.Application.Rewards.Claims.ReadClaimRecipients;
using TipLine.Crypto.Age;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Tests.Rewards.Claims;

public sealed class FileRewardClaimTests : IAsyncLifetime
{
    private static readonly ClaimContent Represented = new(string.Empty, string.Empty, string.Empty, "Maître Odile Nkoghe, barreau de Libreville, +241 01 23 45 67", "I sent the depot address.");

    private ClaimWorld world = null!;

    [Fact]
    public async Task A_claim_is_sealed_so_every_reward_officer_and_the_whistleblower_can_open_it_and_no_investigator_can()
    {
        var recipients = await world.AsWhistleblower(m => m.Send(new ReadClaimRecipients(world.TipId, world.NoticeId)));
        var ciphertext = Represented.SealFor(recipients);

        var claimId = await world.AsWhistleblower(m => m.Send(new FileRewardClaim(world.TipId, world.NoticeId, ClaimantKind.Represented, ciphertext)));

        var claim = await world.ClaimAsync(claimId);
        Assert.Equal(
            (world.NoticeId, world.ProgrammeId, world.CaseId, world.TipId, ClaimantKind.Represented, ClaimStatus.Filed, ClaimWorld.Today),
            (claim.NoticeId, claim.ProgrammeId, claim.CaseId, claim.TipId, claim.Kind, claim.Status, claim.FiledOn));
        Assert.DoesNotContain("Nkoghe", Encoding.UTF8.GetString(claim.Ciphertext), StringComparison.Ordinal);
        Assert.Equal(Represented, ClaimContent.Open(claim.Ciphertext, world.OfficerA.Identity));
        Assert.Equal(Represented, ClaimContent.Open(claim.Ciphertext, world.OfficerB.Identity));
        foreach (var outsider in new[] { world.Cases.Investigator, world.Cases.PoliceOfficer, world.Cases.Prosecutor })
        {
            var refused = Assert.Throws<AgeException>(() => TipSealing.OpenWithAnyKey(claim.Ciphertext, [outsider.Identity]));
            Assert.Equal(AgeError.NoMatchingIdentity, refused.Error);
        }

        // Officers first (sorted), then the whistleblower's own key, so they can read back what they sent.
        Assert.Equal(
            [.. new[] { world.OfficerA, world.OfficerB }.Select(o => o.Identity.Recipient.ToString()).Order(StringComparer.Ordinal), world.Cases.Tips[world.TipId].WhistleblowerRecipient],
            recipients);
        Assert.Empty(await world.Host.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("reward")).ToListAsync()));
    }

    [Fact]
    public async Task A_disabled_officer_is_no_recipient_and_a_programme_without_officers_cannot_receive_claims()
    {
        await SetOfficerDisabledAsync(world.OfficerB.UserId);
        Assert.Equal(2, (await world.AsWhistleblower(m => m.Send(new ReadClaimRecipients(world.TipId, world.NoticeId)))).Count);

        var sealedForOne = await world.SealedClaimAsync(Represented);
        await SetOfficerDisabledAsync(world.OfficerA.UserId);

        Assert.Empty(await world.AsWhistleblower(m => m.Send(new ReadClaimRecipients(world.TipId, world.NoticeId))));
        await AssertRefusedAsync(FileRewardClaimValidator.NoRewardOfficers, ClaimantKind.Represented, sealedForOne);
    }

    [Fact]
    public async Task A_claim_sealed_to_a_different_number_of_keys_is_refused()
    {
        var recipients = await world.RecipientsAsync();

        await AssertRefusedAsync(SealedClaimFile.WrongRecipients, ClaimantKind.Represented, Represented.SealFor(recipients.Take(2).ToList()));
        await AssertRefusedAsync(
            SealedClaimFile.WrongRecipients, ClaimantKind.Represented,
            Represented.SealFor([.. recipients, world.Cases.Investigator.Identity.Recipient.ToString()]));
        Assert.Equal(0, await world.ClaimCountAsync());
    }

    [Fact]
    public async Task A_claim_that_is_not_an_age_file_or_is_too_large_is_refused()
    {
        await AssertRefusedAsync(SealedClaimFile.Malformed, ClaimantKind.Represented, Encoding.UTF8.GetBytes("{\"name\":\"in the clear\"}"));
        await AssertRefusedAsync(SealedClaimFile.Malformed, ClaimantKind.Represented, []);
        var large = Represented with { Statement = new string('x', ClaimContent.MaximumCiphertextBytes) };
        await AssertRefusedAsync(SealedClaimFile.TooLarge, ClaimantKind.Represented, await world.SealedClaimAsync(large));
    }

    [Fact]
    public async Task A_second_claim_on_the_same_notice_is_refused_but_another_whistleblower_of_the_case_may_claim()
    {
        await world.AsWhistleblower(async m => await m.Send(new FileRewardClaim(world.TipId, world.NoticeId, ClaimantKind.Represented, await world.SealedClaimAsync(Represented))));

        await AssertRefusedAsync(FileRewardClaimValidator.AlreadyClaimed, ClaimantKind.Represented, await world.SealedClaimAsync(Represented));

        var other = await world.SealedClaimAsync(Represented, world.OtherTipId);
        await world.AsWhistleblower(m => m.Send(new FileRewardClaim(world.OtherTipId, world.NoticeId, ClaimantKind.Represented, other)));
        Assert.Equal(2, await world.ClaimCountAsync());
    }

    [Fact]
    public async Task A_notice_of_another_case_is_refused_and_its_recipients_are_not_found()
    {
        var otherCase = await world.Cases.OpenCaseAsync();
        var otherNotice = await world.PostNoticeAsync(otherCase.Id, ClaimWorld.Today);

        await AssertRefusedAsync(FileRewardClaimValidator.NoticeNotFound, ClaimantKind.Represented, await world.SealedClaimAsync(Represented), otherNotice);
        await Assert.ThrowsAsync<NotFoundException>(() => world.AsWhistleblower(m => m.Send(new ReadClaimRecipients(world.TipId, otherNotice))));
        await AssertRefusedAsync(FileRewardClaimValidator.NoticeNotFound, ClaimantKind.Represented, await world.SealedClaimAsync(Represented), Guid.NewGuid());
    }

    [Fact]
    public async Task An_anonymous_claim_is_refused_where_the_programme_does_not_allow_it_and_an_unknown_kind_always()
    {
        await AssertRefusedAsync(FileRewardClaimValidator.AnonymousNotAllowed, ClaimantKind.Anonymous, await world.SealedClaimAsync(Represented));
        await AssertRefusedAsync(FileRewardClaimValidator.KindInvalid, (ClaimantKind)9, await world.SealedClaimAsync(Represented));
    }

    [Fact]
    public async Task An_anonymous_claim_is_received_where_the_programme_allows_it()
    {
        await using var anonymous = await ClaimWorld.CreateAsync(allowsAnonymous: true);
        var content = ClaimContentRules.Normalise(Represented, ClaimantKind.Anonymous);

        var claimId = await anonymous.AsWhistleblower(async m => await m.Send(new FileRewardClaim(anonymous.TipId, anonymous.NoticeId, ClaimantKind.Anonymous, await anonymous.SealedClaimAsync(content))));

        var opened = ClaimContent.Open((await anonymous.ClaimAsync(claimId)).Ciphertext, anonymous.OfficerB.Identity);
        Assert.Equal(("", "", "", "I sent the depot address."), (opened.Name, opened.PayoutDetails, opened.Representative, opened.Statement));
    }

    [Fact]
    public async Task A_claim_after_the_deadline_is_refused_and_one_on_the_last_day_is_received()
    {
        await using var lastDay = await ClaimWorld.CreateAsync(noticeAgeDays: 90);
        await lastDay.AsWhistleblower(async m => await m.Send(new FileRewardClaim(lastDay.TipId, lastDay.NoticeId, ClaimantKind.Represented, await lastDay.SealedClaimAsync(Represented))));
        Assert.Equal(1, await lastDay.ClaimCountAsync());

        await using var closed = await ClaimWorld.CreateAsync(noticeAgeDays: 91);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await closed.AsWhistleblower(async m =>
            await m.Send(new FileRewardClaim(closed.TipId, closed.NoticeId, ClaimantKind.Represented, await closed.SealedClaimAsync(Represented)))));
        Assert.Equal(FileRewardClaimValidator.WindowClosed, Assert.Single(refused.Problems).MessageKey);
        Assert.Equal(0, await closed.ClaimCountAsync());
    }

    [Fact]
    public void The_content_rules_require_what_each_kind_of_claim_needs()
    {
        var empty = new ClaimContent(" ", "", "", "", "");
        Assert.Equal(
            [ClaimContentRules.NameRequired, ClaimContentRules.PayoutRequired],
            ClaimContentRules.Problems(ClaimContentRules.Normalise(empty, ClaimantKind.Identified), ClaimantKind.Identified).Select(p => p.MessageKey));
        Assert.Equal(
            [ClaimContentRules.RepresentativeRequired],
            ClaimContentRules.Problems(ClaimContentRules.Normalise(empty, ClaimantKind.Represented), ClaimantKind.Represented).Select(p => p.MessageKey));
        Assert.Empty(ClaimContentRules.Problems(ClaimContentRules.Normalise(Represented, ClaimantKind.Anonymous), ClaimantKind.Anonymous));
        var tooLong = Represented with { Representative = new string('r', ClaimContent.MaximumFieldLength + 1), Statement = new string('s', ClaimContent.MaximumStatementLength + 1) };
        Assert.Equal(
            [("Representative", ClaimContentRules.FieldTooLong), ("Statement", ClaimContentRules.StatementTooLong)],
            ClaimContentRules.Problems(tooLong, ClaimantKind.Represented).Select(p => (p.Field, p.MessageKey)));
    }

    public async Task InitializeAsync() => world = await ClaimWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private async Task AssertRefusedAsync(string key, ClaimantKind kind, byte[] ciphertext, Guid? noticeId = null)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.AsWhistleblower(m => m.Send(new FileRewardClaim(world.TipId, noticeId ?? world.NoticeId, kind, ciphertext))));
        Assert.Equal(key, Assert.Single(refused.Problems).MessageKey);
    }

    private Task<int> SetOfficerDisabledAsync(Guid userId) => world.Host.WithDatabaseAsync(async db =>
    {
        var user = await db.StaffUsers.SingleAsync(u => u.Id == userId);
        user.Disable();
        return await db.SaveChangesAsync();
    });
}
