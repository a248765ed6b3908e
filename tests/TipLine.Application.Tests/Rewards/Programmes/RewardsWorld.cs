using Microsoft.EntityFrameworkCore;
using TipLine.Application.Rewards.Programmes.CreateRewardProgramme;
using TipLine.Application.Rewards.Referrals.ReferCaseToProgramme;
using TipLine.Application.Tests.Cases;
using StaffMember = TipLine.Application.Tests.Cases.Staff;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Rewards.Programmes;

/// <summary>
/// The case world plus two reward funds: the national wildlife fund (an administrator, two reward officers, an auditor)
/// whose programme cases are referred to, and a second fund whose officer must never see them.
/// </summary>
internal sealed class RewardsWorld : IAsyncDisposable
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime);

    private RewardsWorld(CaseWorld cases) => Cases = cases;

    public CaseWorld Cases { get; }

    public ApplicationHost Host => Cases.Host;

    public Guid Fund { get; } = Guid.NewGuid();

    public Guid OtherFund { get; } = Guid.NewGuid();

    public StaffMember FundAdministrator { get; private set; } = null!;

    public StaffMember Officer { get; private set; } = null!;

    public StaffMember SecondOfficer { get; private set; } = null!;

    public StaffMember FundAuditor { get; private set; } = null!;

    public StaffMember OtherOfficer { get; private set; } = null!;

    public StaffMember OtherAdministrator { get; private set; } = null!;

    public static async Task<RewardsWorld> CreateAsync() => await SeedAsync(await CaseWorld.CreateAsync());

    public static async Task<RewardsWorld> SeedAsync(ApplicationHost host) => await SeedAsync(await CaseWorld.SeedAsync(host));

    public static RewardProgrammeTerms Terms(
        string currency = "USD",
        decimal minimumPercent = 10m,
        decimal maximumPercent = 30m,
        decimal minimumCollected = 1000m,
        decimal? cap = null,
        int claimWindowDays = 90,
        IReadOnlyList<RewardFactor>? factors = null) =>
        new(
            "Lacey Act rewards",
            "16 U.S.C. 3375(d)",
            "US",
            minimumPercent,
            maximumPercent,
            minimumCollected,
            cap,
            currency,
            claimWindowDays,
            30,
            60,
            "Officials acting in their duties",
            factors ?? [RewardFactor.Significance, RewardFactor.Timeliness],
            AllowsAnonymousClaims: true);

    public Task<T> As<T>(StaffMember staff, Func<Mediator.IMediator, ValueTask<T>> send) => Cases.As(staff, send);

    public Task<Guid> CreateProgrammeAsync(RewardProgrammeTerms? terms = null, StaffMember? administrator = null) =>
        As(administrator ?? FundAdministrator, m => m.Send(new CreateRewardProgramme(terms ?? Terms())));

    /// <summary>A triaged case of the NGO referred by its investigator to a new programme of the fund.</summary>
    public async Task<Referred> ReferredCaseAsync(RewardProgrammeTerms? terms = null)
    {
        var programmeId = await CreateProgrammeAsync(terms);
        var created = await Cases.OpenTriagedCaseAsync();
        var referralId = await As(Cases.Investigator, m => m.Send(new ReferCaseToProgramme(created.Id, programmeId)));
        return new Referred(created.Id, created.Reference, programmeId, referralId);
    }

    public Task<List<string>> AuditActionsAsync() => Cases.AuditActionsAsync();

    public Task<List<SanctionEntry>> EntriesAsync(Guid caseId) =>
        Host.WithDatabaseAsync(db => db.SanctionEntries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync());

    public ValueTask DisposeAsync() => Cases.DisposeAsync();

    private static async Task<RewardsWorld> SeedAsync(CaseWorld cases)
    {
        var world = new RewardsWorld(cases);
        await world.SeedFundsAsync();
        return world;
    }

    private async Task SeedFundsAsync()
    {
        var day = new DateOnly(2026, 1, 1);
        var users = new List<StaffUser>();
        StaffMember Add(Guid organisation, string name, StaffRoles roles)
        {
            var identity = X25519Identity.Generate();
            var user = new StaffUser(Guid.NewGuid(), organisation, name, name, roles, "not-a-real-password-hash", identity.Recipient.ToString(), [1], [2], day);
            users.Add(user);
            Host.StaffKeys.SignIn(user.Id, identity);
            return new StaffMember(user.Id, organisation, roles, identity);
        }

        FundAdministrator = Add(Fund, "fund-admin", StaffRoles.Administrator);
        Officer = Add(Fund, "officer-a", StaffRoles.RewardOfficer);
        SecondOfficer = Add(Fund, "officer-b", StaffRoles.RewardOfficer);
        FundAuditor = Add(Fund, "fund-auditor", StaffRoles.Auditor);
        OtherOfficer = Add(OtherFund, "other-officer", StaffRoles.RewardOfficer);
        OtherAdministrator = Add(OtherFund, "other-admin", StaffRoles.Administrator);
        await Host.WithDatabaseAsync(db =>
        {
            db.Organisations.AddRange(
                new Organisation(Fund, "National wildlife reward fund", OrganisationType.CitesManagementAuthority, ["US"], day),
                new Organisation(OtherFund, "Other reward fund", OrganisationType.CitesManagementAuthority, ["GB"], day));
            db.StaffUsers.AddRange(users);
            return db.SaveChangesAsync();
        });
    }
}

internal sealed record Referred(Guid CaseId, string CaseReference, Guid ProgrammeId, Guid ReferralId);
