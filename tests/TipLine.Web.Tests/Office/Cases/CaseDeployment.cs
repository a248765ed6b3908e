using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Cases;

/// <summary>
/// The organisations of a case's journey on the shared test server, with unique names so test classes do not meet:
/// an NGO intake unit with a channel, the wildlife police, a customs office that never sees the case, and a platform.
/// Staff have real keys (see <see cref="StaffSeed"/>); tips are sealed and wrapped for the NGO's investigator.
/// </summary>
internal sealed class CaseDeployment
{
    private readonly TipLineServer server;

    private CaseDeployment(TipLineServer server) => this.server = server;

    public Guid Police { get; private set; }

    public Guid Platform { get; private set; }

    public string PoliceName { get; private set; } = string.Empty;

    public string PlatformName { get; private set; } = string.Empty;

    public Guid Channel { get; private set; }

    public SeededStaff Investigator { get; private set; } = null!;

    public SeededStaff PoliceOfficer { get; private set; } = null!;

    public SeededStaff CustomsOfficer { get; private set; } = null!;

    public SeededStaff PlatformOfficer { get; private set; } = null!;

    public static async Task<CaseDeployment> CreateAsync(TipLineServer server)
    {
        var deployment = new CaseDeployment(server);
        await deployment.SeedAsync();
        return deployment;
    }

    /// <summary>A tip whose answers say <paramref name="description"/>, wrapped for the NGO's investigator and the whistleblower.</summary>
    public async Task<Guid> SubmitTipAsync(string description)
    {
        using var tipKey = TipKey.Generate();
        using var whistleblower = X25519Identity.Generate();
        var tipRecipient = tipKey.Recipient.ToString();
        var answers = new TipAnswers { Description = description };
        var tip = new Tip(
            Guid.NewGuid(), Channel, DateOnly.FromDateTime(DateTime.UtcNow), tipRecipient, whistleblower.Recipient.ToString(),
            TipSealing.SealForTip(answers.ToUtf8Json(), tipRecipient), new byte[64]);
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        database.Tips.Add(tip);
        database.TipKeyWraps.Add(new TipKeyWrap(
            Guid.NewGuid(), tip.Id, KeyWrapHolder.StaffUser, Investigator.UserId, Investigator.OrganisationId, Investigator.PublicKey,
            TipKey.WrapFor(tipKey, X25519Recipient.Parse(Investigator.PublicKey))));
        database.TipKeyWraps.Add(new TipKeyWrap(
            Guid.NewGuid(), tip.Id, KeyWrapHolder.Whistleblower, null, null, whistleblower.Recipient.ToString(), TipKey.WrapFor(tipKey, whistleblower.Recipient)));
        await database.SaveChangesAsync();
        return tip.Id;
    }

    /// <summary>A client signed in as <paramref name="staff"/> (first sign-in: enrols the second factor).</summary>
    public async Task<OfficeClient> SignInAsync(SeededStaff staff)
    {
        var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        return client;
    }

    private async Task SeedAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var ngo = await StaffSeed.CreateOrganisationAsync(server.Services, "Case NGO " + suffix, OrganisationType.IntakeUnit, "FR");
        PoliceName = "Brigade faune " + suffix;
        Police = await StaffSeed.CreateOrganisationAsync(server.Services, PoliceName, OrganisationType.WildlifePolice, "FR");
        var customs = await StaffSeed.CreateOrganisationAsync(server.Services, "Douanes " + suffix, OrganisationType.Customs, "CM");
        PlatformName = "Marketbook " + suffix;
        Platform = await StaffSeed.CreateOrganisationAsync(server.Services, PlatformName, OrganisationType.OnlinePlatform, "US");
        Investigator = await StaffSeed.CreateUserAsync(server.Services, ngo, "investigator-" + suffix, StaffRoles.IntakeInvestigator);
        PoliceOfficer = await StaffSeed.CreateUserAsync(server.Services, Police, "officer-" + suffix, StaffRoles.EnforcementOfficer);
        CustomsOfficer = await StaffSeed.CreateUserAsync(server.Services, customs, "customs-" + suffix, StaffRoles.IntakeInvestigator | StaffRoles.EnforcementOfficer);
        PlatformOfficer = await StaffSeed.CreateUserAsync(server.Services, Platform, "trust-" + suffix, StaffRoles.EnforcementOfficer);

        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var channel = new Channel(Guid.NewGuid(), ngo, "cases-" + suffix, "Cases " + suffix, "Wildlife tips", "en,fr,es", DateOnly.FromDateTime(DateTime.UtcNow));
        database.Channels.Add(channel);
        await database.SaveChangesAsync();
        Channel = channel.Id;
    }
}
