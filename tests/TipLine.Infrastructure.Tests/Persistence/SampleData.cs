using System.Security.Cryptography;
using TipLine.Domain.Audit;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>Entities with unique names and awkward bytes (every byte value, leading zeros), so tests sharing a database never collide.</summary>
internal static class SampleData
{
    public static readonly DateOnly Day = new(2026, 2, 28);

    private static long auditSequence = Random.Shared.NextInt64(1, long.MaxValue / 2);

    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Every byte value 0..255 followed by random bytes, so any text or encoding conversion would show.</summary>
    public static byte[] Bytes(int randomLength = 64) => [.. Enumerable.Range(0, 256).Select(i => (byte)i), .. RandomNumberGenerator.GetBytes(randomLength)];

    public static Organisation Organisation() => new(Guid.NewGuid(), Unique("Wildlife Unit"), OrganisationType.WildlifePolice, ["ga", "FR"], Day);

    public static StaffUser StaffUser(Guid organisationId, string? userName = null)
    {
        var user = new StaffUser(
            Guid.NewGuid(),
            organisationId,
            userName ?? Unique("user"),
            "Investigator Name",
            StaffRoles.Administrator | StaffRoles.Auditor,
            "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA",
            "age1" + new string('q', 58),
            Bytes(),
            Bytes(10),
            Day);
        user.SetEscrowCopy([0, 0, 1]);
        user.EnrolSecondFactor(RandomNumberGenerator.GetBytes(40));
        return user;
    }

    public static Channel Channel(Guid organisationId, string? slug = null)
    {
        var channel = new Channel(Guid.NewGuid(), organisationId, slug ?? Unique("ivory"), "Ivory trade", "Report listings of ivory.", "en,fr,es", Day);
        channel.ChangeLimits(123_456_789_012, 7, 99);
        return channel;
    }

    public static Tip Tip(Guid channelId)
    {
        var tip = new Tip(Guid.NewGuid(), channelId, Day, "age1tip" + new string('p', 55), "age1wb" + new string('w', 56), Bytes(4096), RandomNumberGenerator.GetBytes(64));
        tip.Acknowledge(new DateOnly(2026, 3, 1));
        return tip;
    }

    public static Case Case(Guid organisationId)
    {
        var @case = new Case(Guid.NewGuid(), organisationId, Unique("TL-2026"), new DateOnly(1999, 12, 31));
        @case.Triage("Loxodonta africana", CitesAppendix.II, "ExampleMarket", "CM,GA", "air freight", Urgency.High);
        return @case;
    }

    public static Message Message(Guid tipId) => new(Guid.NewGuid(), tipId, 1, MessageDirection.FromWhistleblower, null, Bytes(), Day);

    public static Attachment Attachment(Guid tipId, Guid? messageId) =>
        new(Guid.NewGuid(), tipId, messageId, 0, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), 5_000_000_000, SHA256.HashData(Bytes()), Day);

    public static TipKeyWrap WhistleblowerWrap(Guid tipId) =>
        new(Guid.NewGuid(), tipId, KeyWrapHolder.Whistleblower, null, null, "age1wb" + new string('w', 56), Bytes());

    public static TipKeyWrap StaffWrap(Guid tipId, Guid userId, Guid organisationId) =>
        new(Guid.NewGuid(), tipId, KeyWrapHolder.StaffUser, userId, organisationId, "age1" + new string('q', 58), Bytes());

    public static ReceiptIndexEntry Receipt(Guid tipId) => new(RandomNumberGenerator.GetBytes(32), tipId);

    public static AuditEntry AuditEntry(Guid? actor) =>
        new(Interlocked.Increment(ref auditSequence), Day, actor, "case.route", "Case", Guid.NewGuid().ToString(), new byte[32], RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(64));
}
