using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Intake.Plaintext;
using TipLine.Domain.Cases;
using TipLine.Domain.Time;

namespace TipLine.Application.Cases.AddCaseNote;

public sealed class AddCaseNoteHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<AddCaseNote, Guid>
{
    public const string CaseHasNoTips = "case.note.noTips";

    public async ValueTask<Guid> Handle(AddCaseNote command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.AddNote, command.CaseId, nameof(AddCaseNote), cancellationToken).ConfigureAwait(false);
        var tipRecipients = await database.Tips.VisibleTo(database, actor.RequireOrganisation())
            .Where(t => t.CaseId == @case.Id)
            .Select(t => t.TipPublicKey)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (tipRecipients.Count == 0)
        {
            throw CaseWorkflow.Refusal(nameof(AddCaseNote), nameof(command.CaseId), CaseHasNoTips);
        }

        var plaintext = Encoding.UTF8.GetBytes(command.Text);
        try
        {
            var note = new CaseNote(Guid.NewGuid(), @case.Id, actor.RequireUser(), TipSealing.SealFor(plaintext, tipRecipients), clock.Today());
            database.CaseNotes.Add(note);
            return note.Id;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
