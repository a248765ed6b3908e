using System.Net;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Oversight;

[Collection(TipLineServerCollection.Name)]
public sealed class AuditPageTests(TipLineServer server)
{
    [Fact]
    public async Task AnAuditorSeesTheLogAndVerifiesTheChain()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, staff) = await seed.SignInAsync(server, StaffRoles.Auditor);
        using (client)
        {
            using var verified = await client.PostFormAsync("/office/audit?handler=Verify", [], formPage: "/office/audit");
            var result = await verified.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
            Assert.Contains("The chain is intact", result, StringComparison.Ordinal);
            Assert.Contains("tipline audit verify --public-key ", result, StringComparison.Ordinal);

            var filtered = await client.GetPageAsync("/office/audit?prefix=audit.verify");
            Assert.Contains("<table class=\"data-table audit-log\">", filtered, StringComparison.Ordinal);
            Assert.Contains("<code>audit.verify</code>", filtered, StringComparison.Ordinal);
            Assert.Contains(staff.UserName + " (test)", filtered, StringComparison.Ordinal);
            Assert.DoesNotContain("<code>staff.", filtered, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnInvestigatorIsRefusedTheAuditLog()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, _) = await seed.SignInAsync(server, StaffRoles.IntakeInvestigator);
        using (client)
        {
            using var response = await client.GetAsync("/office/audit");

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task AnAdministratorReadsTheLogButIsOfferedNoVerification()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, _) = await seed.SignInAsync(server, StaffRoles.Administrator);
        using (client)
        {
            var page = await client.GetPageAsync("/office/audit");
            Assert.DoesNotContain("handler=Verify", page, StringComparison.Ordinal);

            using var refused = await client.PostFormAsync("/office/audit?handler=Verify", [], formPage: "/office/audit");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }
}
