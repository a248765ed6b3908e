using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Cases.CreateCaseFromTips;
using TipLine.Application.Cases.TriageCase;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Routing.RouteCase;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Routing;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Cases;

/// <summary>
/// A deployment with the people of the journeys: an NGO intake unit receiving tips, the wildlife police and a
/// prosecution office cases are routed to, a customs office that never sees them, and an online platform. Every staff
/// member has a real X25519 key and is "signed in"; tips are sealed and wrapped as intake stores them.
/// </summary>
internal sealed class CaseWorld : IAsyncDisposable
{
    public const string AnswerText = "Live tortoises shipped every Tuesday from the depot on Rue des Palmiers";

    private readonly bool ownsHost;

    private CaseWorld(ApplicationHost host, bool ownsHost)
    {
        Host = host;
        this.ownsHost = ownsHost;
    }

    public ApplicationHost Host { get; }

    public Guid Ngo { get; } = Guid.NewGuid();

    public Guid Police { get; } = Guid.NewGuid();

    public Guid Prosecution { get; } = Guid.NewGuid();

    public Guid Customs { get; } = Guid.NewGuid();

    public Guid Platform { get; } = Guid.NewGuid();

    public Guid NgoChannel { get; } = Guid.NewGuid();

    public Guid CustomsChannel { get; } = Guid.NewGuid();

    public Staff Investigator { get; private set; } = null!;

    public Staff SecondInvestigator { get; private set; } = null!;

    public Staff NgoAdministrator { get; private set; } = null!;

    public Staff PoliceOfficer { get; private set; } = null!;

    public Staff PoliceIntake { get; private set; } = null!;

    public Staff PoliceAdministrator { get; private set; } = null!;

    public Staff DisabledPoliceOfficer { get; private set; } = null!;

    public Staff Prosecutor { get; private set; } = null!;

    public Staff CustomsInvestigator { get; private set; } = null!;

    public Staff PlatformOfficer { get; private set; } = null!;

    public Staff PlatformAdministrator { get; private set; } = null!;

    public Dictionary<Guid, SealedTip> Tips { get; } = [];

    /// <summary>A world on a fresh SQLite host of its own, disposed with it.</summary>
    public static Task<CaseWorld> CreateAsync() => SeedAsync(new CaseWorld(new ApplicationHost(), ownsHost: true));

    /// <summary>A world seeded on a host someone else owns and disposes (e.g. a PostgreSQL test base's).</summary>
    public static Task<CaseWorld> SeedAsync(ApplicationHost host) => SeedAsync(new CaseWorld(host, ownsHost: false));

    public Task<T> As<T>(Staff staff, Func<IMediator, ValueTask<T>> send) => Host.SendAsync(staff.Actor, send);

    /// <summary>A tip as intake stores it: answers sealed to a fresh tip key, wrapped for the channel's investigators and the whistleblower.</summary>
    public async Task<Guid> SubmitTipAsync(Guid channelId, DateOnly? receivedOn = null, string answerText = AnswerText)
    {
        using var tipKey = TipKey.Generate();
        using var whistleblower = X25519Identity.Generate();
        var tipRecipient = tipKey.Recipient.ToString();
        var answers = new TipAnswers { Description = answerText, ListingUrls = ["https://marketbook.example/listing/991"] };
        var tip = new Tip(
            Guid.NewGuid(), channelId, receivedOn ?? new DateOnly(2026, 3, 1), tipRecipient, whistleblower.Recipient.ToString(),
            TipSealing.SealForTip(answers.ToUtf8Json(), tipRecipient), new byte[64]);
        await Host.WithDatabaseAsync(async db =>
        {
            var organisationId = await db.Channels.Where(c => c.Id == channelId).Select(c => c.OrganisationId).SingleAsync();
            var users = await db.StaffUsers.Where(u => u.OrganisationId == organisationId && !u.IsDisabled).ToListAsync();
            db.Tips.Add(tip);
            foreach (var user in users.Where(u => u.HasRole(StaffRoles.IntakeInvestigator)))
            {
                db.TipKeyWraps.Add(new TipKeyWrap(
                    Guid.NewGuid(), tip.Id, KeyWrapHolder.StaffUser, user.Id, organisationId, user.PublicKey, TipKey.WrapFor(tipKey, X25519Recipient.Parse(user.PublicKey))));
            }

            db.TipKeyWraps.Add(new TipKeyWrap(
                Guid.NewGuid(), tip.Id, KeyWrapHolder.Whistleblower, null, null, whistleblower.Recipient.ToString(), TipKey.WrapFor(tipKey, whistleblower.Recipient)));
            return await db.SaveChangesAsync();
        });
        Tips[tip.Id] = new SealedTip(tip.Id, tipKey.ToSecretString(), whistleblower.Recipient.ToString(), answerText);
        return tip.Id;
    }

    public async Task<CreatedCase> OpenCaseAsync(int tips = 1)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < tips; i++)
        {
            ids.Add(await SubmitTipAsync(NgoChannel));
        }

        return await As(Investigator, m => m.Send(new CreateCaseFromTips(ids)));
    }

    public async Task<CreatedCase> OpenTriagedCaseAsync(int tips = 1)
    {
        var created = await OpenCaseAsync(tips);
        await As(Investigator, m => m.Send(new TriageCase(created.Id, "Testudo graeca", CitesAppendix.II, "Marketbook", ["FR", "GA"], "post", Urgency.High)));
        return created;
    }

    public async Task<CreatedCase> OpenRoutedCaseAsync(params Guid[] organisations)
    {
        var created = await OpenTriagedCaseAsync();
        foreach (var organisation in organisations)
        {
            await As(Investigator, m => m.Send(new RouteCase(created.Id, organisation)));
        }

        return created;
    }

    public Task<List<TipKeyWrap>> WrapsOfAsync(Guid tipId) =>
        Host.WithDatabaseAsync(db => db.TipKeyWraps.AsNoTracking().Where(w => w.TipId == tipId).ToListAsync());

    public Task<Case> CaseAsync(Guid caseId) => Host.WithDatabaseAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));

    public Task<List<string>> AuditActionsAsync() =>
        Host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

    public Task AddRuleAsync(Guid target, string? country = null, string? taxonGroup = null, CitesAppendix? appendix = null, string? platform = null, Urgency? minimumUrgency = null) =>
        Host.WithDatabaseAsync(db =>
        {
            db.RoutingRules.Add(new RoutingRule(Guid.NewGuid(), Ngo, target, country, taxonGroup, appendix, platform, minimumUrgency, new DateOnly(2026, 1, 1)));
            return db.SaveChangesAsync();
        });

    public async ValueTask DisposeAsync()
    {
        if (ownsHost)
        {
            await Host.DisposeAsync();
        }
    }

    private static async Task<CaseWorld> SeedAsync(CaseWorld world)
    {
        await world.SeedStaffAndOrganisationsAsync();
        return world;
    }

    private async Task SeedStaffAndOrganisationsAsync()
    {
        var day = new DateOnly(2026, 1, 1);
        var users = new List<StaffUser>();
        Staff Add(Guid organisation, string name, StaffRoles roles, bool disabled = false)
        {
            var identity = X25519Identity.Generate();
            var user = new StaffUser(Guid.NewGuid(), organisation, name, name, roles, "not-a-real-password-hash", identity.Recipient.ToString(), [1], [2], day);
            if (disabled)
            {
                user.Disable();
            }

            users.Add(user);
            Host.StaffKeys.SignIn(user.Id, identity);
            return new Staff(user.Id, organisation, roles, identity);
        }

        Investigator = Add(Ngo, "amelie", StaffRoles.IntakeInvestigator);
        SecondInvestigator = Add(Ngo, "bruno", StaffRoles.IntakeInvestigator);
        NgoAdministrator = Add(Ngo, "ngo-admin", StaffRoles.Administrator);
        PoliceOfficer = Add(Police, "officer", StaffRoles.EnforcementOfficer);
        PoliceIntake = Add(Police, "police-intake", StaffRoles.IntakeInvestigator);
        PoliceAdministrator = Add(Police, "police-admin", StaffRoles.Administrator | StaffRoles.Auditor);
        DisabledPoliceOfficer = Add(Police, "former-officer", StaffRoles.EnforcementOfficer, disabled: true);
        Prosecutor = Add(Prosecution, "prosecutor", StaffRoles.Prosecutor);
        CustomsInvestigator = Add(Customs, "customs", StaffRoles.IntakeInvestigator | StaffRoles.Prosecutor | StaffRoles.EnforcementOfficer);
        PlatformOfficer = Add(Platform, "trust-safety", StaffRoles.EnforcementOfficer);
        PlatformAdministrator = Add(Platform, "platform-admin", StaffRoles.Administrator);

        await Host.WithDatabaseAsync(db =>
        {
            db.Organisations.AddRange(
                new Organisation(Ngo, "Wildlife Watch NGO", OrganisationType.IntakeUnit, ["FR"], day),
                new Organisation(Police, "Brigade nationale faune", OrganisationType.WildlifePolice, ["FR"], day),
                new Organisation(Prosecution, "Parquet de Libreville", OrganisationType.ProsecutionOffice, ["GA"], day),
                new Organisation(Customs, "Douanes", OrganisationType.Customs, ["CM"], day),
                new Organisation(Platform, "Marketbook", OrganisationType.OnlinePlatform, ["US"], day));
            db.Channels.AddRange(
                new Channel(NgoChannel, Ngo, "wildlife", "Wildlife", "Report wildlife trafficking", "en,fr", day),
                new Channel(CustomsChannel, Customs, "customs", "Customs", "Report smuggling", "en", day));
            db.StaffUsers.AddRange(users);
            return db.SaveChangesAsync();
        });
    }
}

internal sealed record Staff(Guid UserId, Guid OrganisationId, StaffRoles Roles, X25519Identity Identity)
{
    public TestActor Actor => new(UserId, OrganisationId, Roles);
}

/// <summary>What the test knows about a tip it submitted (the tip key stays secret to the test).</summary>
internal sealed record SealedTip(Guid Id, string TipSecretKey, string WhistleblowerRecipient, string AnswerText);
