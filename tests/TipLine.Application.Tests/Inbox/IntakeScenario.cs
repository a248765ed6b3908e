using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Application.FollowUp.ReplyAsWhistleblower;
using TipLine.Application.Intake;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Intake.SubmitTip;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Intake;

namespace TipLine.Application.Tests.Inbox;

/// <summary>
/// Organisations, channels and signed-in staff written straight into the test database, and tips sent the way a
/// browser sends them: sealed to a fresh tip key, wrapped to every channel recipient and the whistleblower, files
/// padded and encrypted into blobs, all stored through the real SubmitTip and ReplyAsWhistleblower use cases.
/// </summary>
internal sealed class IntakeScenario(ApplicationHost host)
{
    public async Task<Organisation> OrganisationAsync(string name)
    {
        var organisation = new Organisation(Guid.NewGuid(), name, OrganisationType.IntakeUnit, ["FR"], Today);
        await host.WithDatabaseAsync(async db =>
        {
            db.Organisations.Add(organisation);
            return await db.SaveChangesAsync();
        });
        return organisation;
    }

    public async Task<Channel> ChannelAsync(Organisation organisation, string name)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var channel = new Channel(Guid.NewGuid(), organisation.Id, "c-" + Guid.NewGuid().ToString("N")[..12], name, "Test channel.", "en,fr,es", Today);
        await host.WithDatabaseAsync(async db =>
        {
            db.Channels.Add(channel);
            return await db.SaveChangesAsync();
        });
        return channel;
    }

    /// <summary>A staff member whose key the test holds and has signed in, so use cases can open their wraps.</summary>
    public async Task<StaffMember> StaffAsync(Organisation organisation, StaffRoles roles, string displayName = "Investigator")
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var key = X25519Identity.Generate();
        var user = new StaffUser(
            Guid.NewGuid(), organisation.Id, "user-" + Guid.NewGuid().ToString("N")[..12], displayName, roles,
            "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA", key.Recipient.ToString(), [1], [1], Today);
        await host.WithDatabaseAsync(async db =>
        {
            db.StaffUsers.Add(user);
            return await db.SaveChangesAsync();
        });
        host.StaffKeys.SignIn(user.Id, key);
        return new StaffMember(new TestActor(user.Id, organisation.Id, roles), key);
    }

    public async Task<PlantedTip> SubmitAsync(Channel channel, TipAnswers answers, params PlantedFile[] files)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(answers);
        var tipKey = TipKey.Generate();
        var whistleblower = X25519Identity.Generate();
        var tipRecipient = tipKey.Recipient.ToString();
        var recipients = await host.WithDatabaseAsync((db, _) => ChannelRecipients.ForChannelAsync(db, channel, CancellationToken.None));
        var wraps = recipients.Select(r => r.Recipient).Append(whistleblower.Recipient.ToString())
            .Select(r => new ClientKeyWrap(r, TipKey.WrapFor(tipKey, X25519Recipient.Parse(r))))
            .ToList();
        var described = answers with { Files = files.Select(f => f.Description).ToList() };
        var uploads = await UploadAsync(files, tipRecipient);
        var submitted = await host.SendAsync(TestActor.Whistleblower, m => m.Send(new SubmitTip(
            channel.Slug, tipRecipient, whistleblower.Recipient.ToString(), RandomNumberGenerator.GetBytes(32),
            TipSealing.SealForTip(described.ToUtf8Json(), tipRecipient), wraps, uploads, "Thank you, we received your report.")));
        return new PlantedTip(submitted.TipId, tipKey, whistleblower);
    }

    public async Task<Guid> ReplyAsWhistleblowerAsync(PlantedTip tip, string text, params PlantedFile[] files)
    {
        ArgumentNullException.ThrowIfNull(tip);
        var tipRecipient = tip.TipKey.Recipient.ToString();
        var body = new MessageBody(text, files.Select(f => f.Description).ToList()).SealForTip(tipRecipient);
        var uploads = await UploadAsync(files, tipRecipient);
        return await host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReplyAsWhistleblower(tip.TipId, body, uploads)));
    }

    private static DateOnly Today => DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime);

    private async Task<IReadOnlyList<UploadedCiphertext>> UploadAsync(IEnumerable<PlantedFile> files, string tipRecipient)
    {
        var blobs = await host.WithDatabaseAsync((_, services) => Task.FromResult(services.GetRequiredService<IBlobStore>()));
        var uploads = new List<UploadedCiphertext>();
        foreach (var file in files)
        {
            var ciphertext = ApiClientSealing.EncryptFile(file.Content, tipRecipient);
            var blob = await blobs.CreateAsync();
            await blob.Content.WriteAsync(ciphertext);
            uploads.Add(new UploadedCiphertext(blob, ciphertext.Length, SHA256.HashData(ciphertext), ciphertext[..Math.Min(ciphertext.Length, UploadedCiphertext.HeadLength)]));
        }

        return uploads;
    }
}

internal sealed record StaffMember(TestActor Actor, X25519Identity Key)
{
    public Guid UserId => Actor.UserId!.Value;
}

/// <summary>A submitted tip and the keys only its whistleblower (and the test) hold.</summary>
internal sealed record PlantedTip(Guid TipId, X25519Identity TipKey, X25519Identity Whistleblower);

/// <summary>A file to send; <see cref="DeclaredSize"/> overrides the size the sender states (it is only a claim).</summary>
internal sealed record PlantedFile(string Name, string Type, byte[] Content)
{
    public long? DeclaredSize { get; init; }

    public AttachmentDescription Description => new(Name, Type, DeclaredSize ?? Content.Length);
}
