using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;
using TipLine.Domain.Channels;
using TipLine.Domain.Messaging;
using TipLine.Domain.Organisations;
using TipLine.Domain.Routing;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Bench.BackOffice;

/// <summary>What the measurements need to know about a seeded case, to pick cases and to check the answers.</summary>
public sealed record SeededCase(Guid Id, CaseStatus Status, Urgency Urgency, IReadOnlyList<string> Countries, bool Routed, bool HasNotes);

public sealed record SeedCounts(int Cases, int Tips, int Messages, int Wraps, int Routings, int Notes, TimeSpan Elapsed);

/// <summary>The seeded deployment: the two people the benchmark acts as, and every case.</summary>
public sealed record SeededWorld(BenchActor Investigator, BenchActor Prosecutor, IReadOnlyList<SeededCase> Cases, SeedCounts Counts);

/// <summary>
/// Seeds a deployment five years into its life: an NGO intake unit owning every case, a prosecution office 30 % of
/// them are routed to, a wildlife police unit, one channel, 20 staff. Cases are created in the order they were opened,
/// as the application would have inserted them, built with the domain's own constructors and state changes, and
/// written with multi-row INSERTs (<see cref="BulkInsert"/>), one transaction per batch of 500 cases.
/// Ciphertext the measured queries never open (answers, messages, the key wraps of cases without notes) is random bytes
/// of the real sizes. Cases with notes are real: their tips' keys are wrapped to the staff's keys and the notes sealed
/// to the tip keys, because opening such a case decrypts. To keep seeding fast those tip keys come from a pool of 64
/// and their wraps and sealed notes are made once per key and reused: a reader does the same work for a shared key.
/// </summary>
internal sealed class CaseSeeder(BackOfficeHost host, int caseCount, int seed) : IDisposable
{
    private const int CasesPerBatch = 500;
    private const double RoutedShare = 0.30;
    private const double NotedShare = 0.10;
    private const int Years = 5;

    // Where listings, sellers and routes of the trade most often are, most frequent first (weights are per mille-ish).
    private static readonly (string Code, int Weight)[] CountryWeights =
    [
        ("VN", 120), ("CN", 110), ("TH", 70), ("ID", 65), ("NG", 60), ("FR", 55), ("CM", 45), ("US", 45), ("MY", 40),
        ("ZA", 35), ("KE", 30), ("BR", 30), ("CD", 28), ("GA", 25), ("DE", 25), ("GB", 22), ("BE", 20), ("MX", 20),
        ("LA", 18), ("MZ", 18), ("TZ", 18), ("IN", 16), ("PH", 15), ("AE", 14), ("ES", 14), ("IT", 12), ("NL", 12),
        ("MM", 10), ("CO", 10), ("PE", 8),
    ];

    private static readonly (string Name, int Weight)[] PlatformWeights =
    [
        ("Marketbook", 30), ("Snapgram", 18), ("Vidtok", 14), ("ChatWave", 10), ("Tradeloop", 8), ("BazaarNet", 6),
        ("Classifieds24", 5), ("PetTrader", 4), ("AuctionHub", 3), ("Telechat", 2),
    ];

    private static readonly CaseOutcome[] Outcomes = Enum.GetValues<CaseOutcome>();

    private static readonly string[] NoteTexts =
    [
        "Seller moved the listings to a new account; same phone number in the description.",
        "Customs confirms two parcels from this sender were declared as ceramics.",
        "Whistleblower's second message names the depot; matches the earlier tip.",
        "Asked the platform to preserve the account data before takedown.",
    ];

    private readonly Random random = new(seed);
    private readonly DateOnly today = TimeProvider.System.Today();
    private readonly Dictionary<int, int> referencesPerYear = [];
    private readonly List<SeededCase> cases = new(caseCount);
    private readonly List<X25519Identity> tipKeyPool = [];
    private readonly List<string> whistleblowerRecipients = [];
    private readonly Dictionary<(int TipKey, string Holder), byte[]> pooledWraps = [];
    private readonly Dictionary<(int FirstTipKey, int Tips, int Text), byte[]> pooledNotes = [];
    private readonly Guid owner = Guid.NewGuid();
    private readonly Guid prosecution = Guid.NewGuid();
    private readonly Guid police = Guid.NewGuid();
    private readonly Guid channel = Guid.NewGuid();
    private readonly List<Member> members = [];
    private int wrapLength;
    private int tips;
    private int messages;
    private int wraps;
    private int routings;
    private int notes;

    private IReadOnlyList<Member> OwnerInvestigators => members.Where(m => m.OrganisationId == owner && m.Roles == StaffRoles.IntakeInvestigator).ToList();

    public async Task<SeededWorld> SeedAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        PrepareKeys();
        await host.WithDatabaseAsync(db =>
        {
            AddOrganisationsAndStaff(db);
            return db.SaveChangesAsync();
        });

        var investigators = OwnerInvestigators;
        var channelRecipients = investigators.Take(2).ToList();
        var prosecutors = members.Where(m => m.OrganisationId == prosecution && m.Roles == StaffRoles.Prosecutor).ToList();
        var openingDays = Enumerable.Range(0, caseCount).Select(_ => today.AddDays(-random.Next(Years * 365))).Order().ToList();
        foreach (var days in openingDays.Chunk(CasesPerBatch))
        {
            var batch = new Batch();
            foreach (var openedOn in days)
            {
                AddCase(batch, openedOn, investigators, channelRecipients, prosecutors);
            }

            await host.WithDatabaseAsync(batch.WriteAsync);
        }

        SqliteConnection.ClearAllPools();
        var investigator = channelRecipients[0];
        var prosecutor = prosecutors[0];
        return new SeededWorld(
            new BenchActor("investigator", investigator.Id, owner, investigator.Roles, investigator.Identity.ToSecretString()),
            new BenchActor("prosecutor", prosecutor.Id, prosecution, prosecutor.Roles, prosecutor.Identity.ToSecretString()),
            cases,
            new SeedCounts(cases.Count, tips, messages, wraps, routings, notes, stopwatch.Elapsed));
    }

    public void Dispose()
    {
        foreach (var key in tipKeyPool.Concat(members.Select(m => m.Identity)))
        {
            key.Dispose();
        }
    }

    private void PrepareKeys()
    {
        for (var i = 0; i < 64; i++)
        {
            tipKeyPool.Add(TipKey.Generate());
            using var whistleblower = X25519Identity.Generate();
            whistleblowerRecipients.Add(whistleblower.Recipient.ToString());
        }

        wrapLength = Wrap(0, whistleblowerRecipients[0]).Length;
    }

    private void AddOrganisationsAndStaff(TipLineDbContext db)
    {
        var created = today.AddDays(-Years * 365 - 30);
        db.Organisations.AddRange(
            new Organisation(owner, "Wildlife Watch NGO", OrganisationType.IntakeUnit, ["FR"], created),
            new Organisation(prosecution, "Parquet national de l'environnement", OrganisationType.ProsecutionOffice, ["FR"], created),
            new Organisation(police, "Brigade nationale faune", OrganisationType.WildlifePolice, ["FR"], created));
        db.Channels.Add(new Channel(channel, owner, DefaultWildlifeChannel.Slug, "Wildlife", "Report wildlife trafficking online", "en,fr,es", created));

        void Add(Guid organisation, string name, StaffRoles roles, int count)
        {
            for (var i = 1; i <= count; i++)
            {
                var identity = X25519Identity.Generate();
                var user = new StaffUser(
                    Guid.NewGuid(), organisation, $"{name}-{i}", $"{name} {i}", roles, "bench-not-a-password-hash", identity.Recipient.ToString(), [1], [2], created);
                members.Add(new Member(user.Id, organisation, roles, identity));
                db.StaffUsers.Add(user);
            }
        }

        Add(owner, "ngo-admin", StaffRoles.Administrator, 1);
        Add(owner, "investigator", StaffRoles.IntakeInvestigator, 8);
        Add(owner, "reward-officer", StaffRoles.RewardOfficer, 1);
        Add(owner, "auditor", StaffRoles.Auditor, 1);
        Add(prosecution, "prosecution-admin", StaffRoles.Administrator, 1);
        Add(prosecution, "prosecutor", StaffRoles.Prosecutor, 3);
        Add(police, "police-admin", StaffRoles.Administrator, 1);
        Add(police, "officer", StaffRoles.EnforcementOfficer, 4);

        // The case page applies the owner's rules on every read, so the deployment has some.
        db.RoutingRules.AddRange(
            new RoutingRule(Guid.NewGuid(), owner, prosecution, null, null, CitesAppendix.I, null, null, created),
            new RoutingRule(Guid.NewGuid(), owner, police, "FR", null, null, null, null, created),
            new RoutingRule(Guid.NewGuid(), owner, police, null, "Testudinidae", null, null, Urgency.High, created));
    }

    private void AddCase(Batch batch, DateOnly openedOn, IReadOnlyList<Member> investigators, IReadOnlyList<Member> channelRecipients, IReadOnlyList<Member> prosecutors)
    {
        var age = today.DayNumber - openedOn.DayNumber;
        var routed = random.NextDouble() < RoutedShare;
        var triaged = routed || age > 21 || random.NextDouble() < 0.4;
        var hasNotes = triaged && random.NextDouble() < NotedShare;
        var year = openedOn.Year;
        referencesPerYear[year] = referencesPerYear.GetValueOrDefault(year) + 1;
        var @case = new Case(Guid.NewGuid(), owner, $"TL-{year:0000}-{referencesPerYear[year]:00000}", openedOn);
        @case.RecordChannel(channel);
        Member? assignee = null;
        IReadOnlyList<string> countries = [];
        if (triaged)
        {
            var taxon = SpeciesCatalogue.All[random.Next(SpeciesCatalogue.All.Count)];
            countries = PickCountries();
            @case.Triage(
                taxon.ScientificName,
                taxon.CitesAppendix,
                random.NextDouble() < 0.9 ? Pick(PlatformWeights) : null,
                CountryList.Normalise(countries),
                random.NextDouble() < 0.7 ? ShipmentMethods.All[random.Next(ShipmentMethods.All.Count)] : null,
                PickUrgency());
            if (random.NextDouble() < 0.8)
            {
                assignee = investigators[random.Next(investigators.Count)];
                @case.Assign(assignee.Id);
            }
        }

        if (routed)
        {
            @case.MoveTo(CaseStatus.Routed);
            batch.Routings.Add(new CaseRouting(Guid.NewGuid(), @case.Id, prosecution, (assignee ?? investigators[0]).Id, Until(openedOn.AddDays(random.Next(1, 21)))));
            routings++;
            if (age > 60 && random.NextDouble() < 0.6)
            {
                @case.MoveTo(CaseStatus.UnderInvestigation);
                if (age > 180 && random.NextDouble() < 0.4)
                {
                    @case.MoveTo(CaseStatus.Prosecution);
                }
            }
        }

        var closed = triaged && random.NextDouble() < (age > 730 ? 0.95 : age > 365 ? 0.85 : age > 90 ? 0.5 : 0.1);
        if (closed)
        {
            @case.Close(Outcomes[random.Next(Outcomes.Length)], Until(openedOn.AddDays(random.Next(1, Math.Max(2, age)))));
        }

        batch.Cases.Add(@case);
        var holders = routed ? channelRecipients.Concat(prosecutors).ToList() : channelRecipients;
        var tipCount = random.NextDouble() switch { < 0.83 => 1, < 0.97 => 2, _ => 3 };
        var firstTipKey = random.Next(tipKeyPool.Count);
        for (var i = 0; i < tipCount; i++)
        {
            var receivedOn = i == 0 ? openedOn.AddDays(-random.Next(0, 4)) : Until(openedOn.AddDays(random.Next(0, 31)));
            AddTip(batch, @case, receivedOn, closed, assignee ?? investigators[0], holders, (firstTipKey + i) % tipKeyPool.Count, hasNotes);
        }

        if (hasNotes)
        {
            AddNotes(batch, @case, routed ? [.. investigators, .. prosecutors] : investigators, firstTipKey, tipCount);
        }

        cases.Add(new SeededCase(@case.Id, @case.Status, @case.Urgency, countries, routed, hasNotes));
    }

    /// <summary>Adds a tip of the case with its messages and wraps, real ones when <paramref name="readable"/>.</summary>
    private void AddTip(Batch batch, Case @case, DateOnly receivedOn, bool closed, Member writer, IReadOnlyList<Member> holders, int tipKey, bool readable)
    {
        var whistleblowerRecipient = whistleblowerRecipients[random.Next(whistleblowerRecipients.Count)];
        var tip = new Tip(
            Guid.NewGuid(), channel, receivedOn, tipKeyPool[tipKey].Recipient.ToString(), whistleblowerRecipient, RandomBytes(300, 700), RandomBytes(64, 64));
        var tipAge = today.DayNumber - receivedOn.DayNumber;
        if (tipAge > 7 || random.NextDouble() < 0.5)
        {
            tip.Acknowledge(Until(receivedOn.AddDays(random.Next(0, 7))));
        }

        tip.AttachToCase(@case.Id);
        if (tipAge > 30 && random.NextDouble() < 0.85)
        {
            tip.RecordFeedback(Until(receivedOn.AddDays(random.Next(14, 91))));
        }

        if (closed)
        {
            tip.MarkClosed();
        }

        batch.Tips.Add(tip);
        tips++;
        AddMessages(batch, tip, writer);
        byte[] WrapFor(string recipient) => readable ? Wrap(tipKey, recipient) : RandomBytes(wrapLength, wrapLength);
        foreach (var holder in holders)
        {
            batch.Wraps.Add(new TipKeyWrap(Guid.NewGuid(), tip.Id, KeyWrapHolder.StaffUser, holder.Id, holder.OrganisationId, holder.Recipient, WrapFor(holder.Recipient)));
        }

        batch.Wraps.Add(new TipKeyWrap(Guid.NewGuid(), tip.Id, KeyWrapHolder.Whistleblower, null, null, whistleblowerRecipient, WrapFor(whistleblowerRecipient)));
        wraps += holders.Count + 1;
    }

    // The acknowledgement first, then the conversation alternating; 2.5 messages a tip on average.
    private void AddMessages(Batch batch, Tip tip, Member writer)
    {
        var count = 1;
        while (random.NextDouble() < 0.6 && count < 30)
        {
            count++;
        }

        var day = tip.AcknowledgedOn ?? tip.ReceivedOn;
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var toWhistleblower = sequence % 2 == 1;
            var message = new Message(
                Guid.NewGuid(), tip.Id, sequence, toWhistleblower ? MessageDirection.ToWhistleblower : MessageDirection.FromWhistleblower,
                toWhistleblower ? writer.Id : null, RandomBytes(200, 600), day);
            if (random.NextDouble() < 0.8)
            {
                message.MarkRead();
            }

            batch.Messages.Add(message);
            day = Until(day.AddDays(random.Next(0, 15)));
        }

        messages += count;
    }

    // Each note sealed to every tip key of the case, as AddCaseNote seals it.
    private void AddNotes(Batch batch, Case @case, IReadOnlyList<Member> authors, int firstTipKey, int tipCount)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var text = random.Next(NoteTexts.Length);
            if (!pooledNotes.TryGetValue((firstTipKey, tipCount, text), out var sealedNote))
            {
                var recipients = Enumerable.Range(0, tipCount).Select(t => tipKeyPool[(firstTipKey + t) % tipKeyPool.Count].Recipient.ToString()).ToList();
                sealedNote = pooledNotes[(firstTipKey, tipCount, text)] = TipSealing.SealFor(Encoding.UTF8.GetBytes(NoteTexts[text]), recipients);
            }

            batch.Notes.Add(new CaseNote(
                Guid.NewGuid(), @case.Id, authors[random.Next(authors.Count)].Id, sealedNote, Until(@case.OpenedOn.AddDays(random.Next(0, 60)))));
        }

        notes += count;
    }

    private byte[] Wrap(int tipKey, string recipient)
    {
        if (!pooledWraps.TryGetValue((tipKey, recipient), out var wrap))
        {
            wrap = pooledWraps[(tipKey, recipient)] = TipKey.WrapFor(tipKeyPool[tipKey], X25519Recipient.Parse(recipient));
        }

        return wrap;
    }

    private List<string> PickCountries()
    {
        var wanted = random.NextDouble() switch { < 0.6 => 1, < 0.9 => 2, _ => 3 };
        var picked = new HashSet<string>(StringComparer.Ordinal);
        while (picked.Count < wanted)
        {
            picked.Add(Pick(CountryWeights));
        }

        return picked.Order(StringComparer.Ordinal).ToList();
    }

    private Urgency PickUrgency() => random.NextDouble() switch { < 0.75 => Urgency.Normal, < 0.95 => Urgency.High, _ => Urgency.Immediate };

    private string Pick((string Value, int Weight)[] weighted)
    {
        var ticket = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if ((ticket -= weight) < 0)
            {
                return value;
            }
        }

        throw new UnreachableException();
    }

    private byte[] RandomBytes(int minimum, int maximum)
    {
        var bytes = new byte[random.Next(minimum, maximum + 1)];
        random.NextBytes(bytes);
        return bytes;
    }

    private DateOnly Until(DateOnly day) => day > today ? today : day;

    /// <summary>The rows of one batch of cases, written in foreign-key order in one transaction.</summary>
    private sealed class Batch
    {
        public List<Case> Cases { get; } = [];

        public List<Tip> Tips { get; } = [];

        public List<CaseRouting> Routings { get; } = [];

        public List<CaseNote> Notes { get; } = [];

        public List<Message> Messages { get; } = [];

        public List<TipKeyWrap> Wraps { get; } = [];

        public async Task<int> WriteAsync(TipLineDbContext db)
        {
            if (db.Database.IsSqlite())
            {
                // Random keys land all over five tables' indexes: a 256 MiB page cache (this connection only) keeps
                // them in memory. The host drops its pooled connections after seeding, so queries run with the default.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144");
            }

            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAsync(Cases);
            await db.InsertAsync(Tips);
            await db.InsertAsync(Routings);
            await db.InsertAsync(Notes);
            await db.InsertAsync(Messages);
            await db.InsertAsync(Wraps);
            await transaction.CommitAsync();
            return Cases.Count;
        }
    }

    private sealed record Member(Guid Id, Guid OrganisationId, StaffRoles Roles, X25519Identity Identity)
    {
        public string Recipient => Identity.Recipient.ToString();
    }
}
