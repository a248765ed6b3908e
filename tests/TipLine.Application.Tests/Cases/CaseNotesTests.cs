using System.Text;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Cases.AddCaseNote;
using TipLine.Application.Cases.ReadCase;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Routing.WithdrawRouting;
using TipLine.Crypto.Age;

namespace TipLine.Application.Tests.Cases;

public sealed class CaseNotesTests : IAsyncLifetime
{
    private const string NoteText = "Seller uses the handle @tortue_express; parcel labels from depot 12.";

    private CaseWorld world = null!;

    [Fact]
    public async Task A_note_is_sealed_to_every_tip_key_of_the_case_and_stored_as_ciphertext_only()
    {
        var created = await world.OpenCaseAsync(tips: 2);

        var noteId = await world.As(world.Investigator, m => m.Send(new AddCaseNote(created.Id, NoteText)));

        var note = await world.Host.WithDatabaseAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.Id == noteId));
        Assert.Equal((created.Id, world.Investigator.UserId, new DateOnly(2026, 3, 14)), (note.CaseId, note.AuthorUserId, note.WrittenOn));
        Assert.DoesNotContain("tortue_express", Encoding.UTF8.GetString(note.Ciphertext), StringComparison.Ordinal);
        foreach (var tip in world.Tips.Values)
        {
            using var tipKey = X25519Identity.Parse(tip.TipSecretKey);
            Assert.Equal(NoteText, Encoding.UTF8.GetString(TipSealing.OpenWithTipKey(note.Ciphertext, tipKey)));
        }

        var entry = await world.Host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).LastAsync());
        Assert.Equal(("case.note.add", created.Id.ToString("D")), (entry.Action, entry.ObjectId));
    }

    [Fact]
    public async Task A_routed_prosecutor_reads_the_notes_and_adds_one_the_owner_reads_and_loses_them_when_the_routing_is_withdrawn()
    {
        var created = await world.OpenRoutedCaseAsync(world.Prosecution);
        await world.As(world.Investigator, m => m.Send(new AddCaseNote(created.Id, NoteText)));

        await world.As(world.Prosecutor, m => m.Send(new AddCaseNote(created.Id, "Search warrant requested.")));

        var seenByProsecutor = await world.As(world.Prosecutor, m => m.Send(new ReadCase(created.Id)));
        var seenByOwner = await world.As(world.SecondInvestigator, m => m.Send(new ReadCase(created.Id)));
        Assert.Equal(2, seenByProsecutor.Notes.Count);
        Assert.Contains(seenByProsecutor.Notes, n => n.Text == NoteText && n.AuthorName == "amelie");
        Assert.Contains(seenByOwner.Notes, n => n.Text == "Search warrant requested." && n.AuthorName == "prosecutor");

        await world.As(world.Investigator, m => m.Send(new WithdrawRouting(created.Id, world.Prosecution)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Prosecutor, m => m.Send(new ReadCase(created.Id))));
    }

    [Fact]
    public async Task A_member_without_a_wrap_sees_that_notes_exist_but_not_their_text()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police);
        await world.As(world.Investigator, m => m.Send(new AddCaseNote(created.Id, NoteText)));
        await world.Host.WithDatabaseAsync(db => db.TipKeyWraps.Where(w => w.StaffUserId == world.PoliceOfficer.UserId).ExecuteDeleteAsync());

        var details = await world.As(world.PoliceOfficer, m => m.Send(new ReadCase(created.Id)));

        var note = Assert.Single(details.Notes);
        Assert.Null(note.Text);
        Assert.All(details.Tips, t => Assert.False(t.Readable));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_note_is_refused(string text)
    {
        var created = await world.OpenCaseAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(new AddCaseNote(created.Id, text))));

        Assert.Equal(AddCaseNoteValidator.TextRequired, Assert.Single(refused.Problems).MessageKey);
    }

    [Fact]
    public async Task A_note_longer_than_twenty_thousand_characters_is_refused_and_one_of_exactly_that_length_is_kept()
    {
        var created = await world.OpenCaseAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Investigator, m => m.Send(new AddCaseNote(created.Id, new string('é', 20_001)))));
        await world.As(world.Investigator, m => m.Send(new AddCaseNote(created.Id, new string('é', 20_000))));

        Assert.Equal(AddCaseNoteValidator.TextTooLong, Assert.Single(refused.Problems).MessageKey);
        Assert.Equal(new string('é', 20_000), Assert.Single((await world.As(world.Investigator, m => m.Send(new ReadCase(created.Id)))).Notes).Text);
    }

    [Fact]
    public async Task Another_organisation_cannot_add_a_note_or_read_the_case()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police);

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new AddCaseNote(created.Id, NoteText))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new ReadCase(created.Id))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceAdministrator, m => m.Send(new ReadCase(created.Id))));
        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.CaseNotes.CountAsync()));
    }

    public async Task InitializeAsync() => world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();
}
