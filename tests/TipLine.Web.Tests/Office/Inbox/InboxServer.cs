using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Crypto.Age;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Intake;

namespace TipLine.Web.Tests.Office.Inbox;

/// <summary>
/// A real server whose wildlife channel belongs to an organisation with one intake investigator who has a real key and
/// signs in through the real pages (password and TOTP); tips reach them through the real no-JavaScript intake form.
/// </summary>
public sealed partial class InboxServer : IAsyncLifetime, IDisposable
{
    public TipLineServer Server { get; } = new();

    public SeededStaff Investigator { get; private set; } = null!;

    /// <summary>The investigator's signed-in back-office client, shared by the tests of a class (they run one at a time).</summary>
    public OfficeClient Office { get; private set; } = null!;

    public X25519Identity InvestigatorKey => X25519Identity.Parse(Investigator.PrivateKey);

    public async Task InitializeAsync()
    {
        var organisation = await StaffSeed.CreateOrganisationAsync(Server.Services, "Inbox test NGO", OrganisationType.IntakeUnit, "FR");
        Investigator = await StaffSeed.CreateUserAsync(Server.Services, organisation, "inbox-investigator", StaffRoles.IntakeInvestigator);
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
            database.Channels.Add(DefaultWildlifeChannel.Create(organisation, DateOnly.FromDateTime(DateTime.UtcNow)));
            await database.SaveChangesAsync();
        }

        Office = new OfficeClient(Server);
        await Office.SignInFirstTimeAsync(Investigator.UserName, Investigator.Password);
    }

    /// <summary>Sends a tip through the no-JavaScript form and returns its id (found by a unique marker in the description) and receipt.</summary>
    public async Task<SubmittedTip> SubmitAsync(string description, IEnumerable<(string Name, string Value)> fields, params (string Name, string Type, byte[] Content)[] files)
    {
        var marker = "marker-" + Guid.NewGuid().ToString("N");
        using var client = Server.CreateRealClient();
        var form = NoScriptIntakeTests.Form([.. fields, ("description", description + " " + marker)]);
        foreach (var (name, type, content) in files)
        {
            form.WithFile("files", name, type, content);
        }

        using var response = await client.PostAsync("/report/wildlife?lang=en", form);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = ReceiptPattern().Match(page).Value;
        using var key = InvestigatorKey;
        var opened = await TipInspection.OpenByMarkerAsync(Server.Services, key, marker);
        return new SubmittedTip(opened.Tip.Id, receipt);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Office?.Dispose();
        Server.Dispose();
    }

    [GeneratedRegex(@"\b\d{4}( \d{4}){6}\b")]
    private static partial Regex ReceiptPattern();
}

public sealed record SubmittedTip(Guid TipId, string Receipt);
