using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Application.Cases.ExportCase;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Tests.Cases;
using TipLine.Crypto.Age;
using TipLine.Crypto.Signing;
using TipLine.Domain.Messaging;
using TipLine.Domain.Tips;
using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Application.Tests.Cases.Export;

public sealed class ExportCaseTests : IAsyncLifetime
{
    private const string MessageText = "The seller moved to a new account yesterday";

    private static readonly byte[] FileContent = Encoding.UTF8.GetBytes("%PDF-1.4 invoice for 12 tortoises");

    private CaseWorld world = null!;

    [Fact]
    public async Task The_bundle_opens_with_tiplines_decryptor_and_the_age_cli_and_its_manifest_and_intake_record_verify()
    {
        var created = await world.OpenCaseAsync();
        var tip = world.Tips.Values.Single();
        await SealMessageAndFileAndSignAsync(tip);
        using var prosecutorKey = X25519Identity.Generate();

        var bundle = await ExportAsync(created.Id, prosecutorKey.Recipient.ToString());

        var tar = AgeDecryptor.Decrypt(bundle, [prosecutorKey]);
        var entries = ReadTar(tar);
        Assert.Contains(CaseWorld.AnswerText, Encoding.UTF8.GetString(entries["tips/01/answers.json"]), StringComparison.Ordinal);
        var message = entries.Single(e => e.Key.StartsWith("tips/01/messages/", StringComparison.Ordinal) && e.Key.EndsWith("from-whistleblower.json", StringComparison.Ordinal));
        Assert.Equal("tips/01/messages/002-2026-03-02-from-whistleblower.json", message.Key);
        Assert.Contains(MessageText, Encoding.UTF8.GetString(message.Value), StringComparison.Ordinal);
        Assert.Equal(FileContent, entries["tips/01/attachments/tip-01-file"]);
        var storedAnswers = await world.Host.WithDatabaseAsync(db => db.Tips.Where(t => t.Id == tip.Id).Select(t => t.AnswersCiphertext).SingleAsync());
        Assert.Equal(storedAnswers, entries["tips/01/ciphertext/answers.age"]);

        using var manifest = JsonDocument.Parse(entries[Application.Cases.ExportCase.CaseExport.ManifestName]);
        Assert.Equal(created.Reference, manifest.RootElement.GetProperty("caseReference").GetString());
        Assert.Equal("2026-03-14", manifest.RootElement.GetProperty("exportedOn").GetString());
        var listed = manifest.RootElement.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("sha256").GetString());
        Assert.Equal(entries.Keys.Where(k => k != Application.Cases.ExportCase.CaseExport.ManifestName).Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, content) in entries.Where(e => e.Key != Application.Cases.ExportCase.CaseExport.ManifestName))
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), listed[name]);
        }

        using var intake = JsonDocument.Parse(entries["tips/01/intake-record.json"]);
        var signed = Convert.FromBase64String(intake.RootElement.GetProperty("signedBytes").GetString()!);
        var signature = Convert.FromBase64String(intake.RootElement.GetProperty("signature").GetString()!);
        var publicKey = Convert.FromBase64String(intake.RootElement.GetProperty("serverPublicKey").GetString()!);
        Assert.True(world.Host.AuditKey.Verify(publicKey, signed, signature));
        Assert.Contains(IntakeRecord.HashPiece(storedAnswers), Encoding.UTF8.GetString(signed), StringComparison.Ordinal);
        Assert.Equal("case.export", (await world.AuditActionsAsync())[^1]);

        if (TestEnvironment.AgeCliPath is not { } age)
        {
            Assert.Fail("The age CLI is needed to prove the bundle opens offline.");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("tipline-export-");
        try
        {
            var identityFile = Path.Combine(folder.FullName, "identity.txt");
            await File.WriteAllTextAsync(identityFile, prosecutorKey.ToSecretString() + "\n");
            var opened = ChildProcess.Run(age, bundle, ["-d", "-i", identityFile]);
            Assert.True(opened.ExitCode == 0, opened.StandardError);
            Assert.Equal(tar, opened.StandardOutput);
            var listing = ChildProcess.Run("tar", opened.StandardOutput, ["-t"]);
            Assert.Equal(0, listing.ExitCode);
            Assert.Equal(entries.Keys.Order(StringComparer.Ordinal), Encoding.UTF8.GetString(listing.StandardOutput).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
            var extracted = ChildProcess.Run("tar", opened.StandardOutput, ["-x", "-C", folder.FullName]);
            Assert.Equal(0, extracted.ExitCode);
            Assert.Equal(FileContent, await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "tips/01/attachments/tip-01-file")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Another_organisations_staff_find_nothing_and_a_bad_recipient_is_refused()
    {
        var created = await world.OpenCaseAsync();
        using var prosecutorKey = X25519Identity.Generate();

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.PoliceOfficer, m => m.Send(new ExportCase(created.Id, prosecutorKey.Recipient.ToString()))));
        foreach (var bad in new[] { "", "age1notakey", prosecutorKey.ToSecretString(), "ssh-ed25519 AAAA" })
        {
            var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(new ExportCase(created.Id, bad))));
            Assert.Equal(ExportCaseValidator.BadRecipient, Assert.Single(refused.Problems).MessageKey);
        }

        Assert.DoesNotContain("case.export", await world.AuditActionsAsync());
    }

    public async Task InitializeAsync() => world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private async Task<byte[]> ExportAsync(Guid caseId, string recipient)
    {
        using var export = await world.As(world.Investigator, m => m.Send(new ExportCase(caseId, recipient)));
        using var output = new MemoryStream();
        await export.WriteToAsync(output, CancellationToken.None);
        return output.ToArray();
    }

    private static Dictionary<string, byte[]> ReadTar(byte[] tar)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var reader = new TarReader(new MemoryStream(tar));
        while (reader.GetNextEntry() is { } entry)
        {
            using var content = new MemoryStream();
            entry.DataStream?.CopyTo(content);
            entries.Add(entry.Name, content.ToArray());
        }

        return entries;
    }

    /// <summary>A whistleblower message, a file of the tip in the blob store, and the intake record signed by the host's server key.</summary>
    private Task SealMessageAndFileAndSignAsync(SealedTip sealedTip) =>
        world.Host.WithDatabaseAsync(async (db, services) =>
        {
            var tip = await db.Tips.SingleAsync(t => t.Id == sealedTip.Id);
            var body = TipSealing.SealForTip(new MessageBody(MessageText, []).ToUtf8Json(), tip.TipPublicKey);
            db.Messages.Add(new Message(Guid.NewGuid(), tip.Id, 2, MessageDirection.FromWhistleblower, null, body, new DateOnly(2026, 3, 2)));

            var file = TipSealing.SealForTip(FileContent, tip.TipPublicKey);
            await using var blob = await services.GetRequiredService<IBlobStore>().CreateAsync();
            await blob.Content.WriteAsync(file);
            await blob.CommitAsync();
            db.Attachments.Add(new Attachment(Guid.NewGuid(), tip.Id, null, 0, blob.BlobName, file.Length, SHA256.HashData(file), tip.ReceivedOn));

            var record = new IntakeRecord(tip.Id, tip.ReceivedOn, [IntakeRecord.HashPiece(tip.AnswersCiphertext), Convert.ToHexStringLower(SHA256.HashData(file))]);
            db.Entry(tip).Property(t => t.IntakeSignature).CurrentValue = world.Host.AuditKey.Sign(record.ToCanonicalBytes());
            return await db.SaveChangesAsync();
        });
}
