using System.Formats.Tar;
using System.Net;
using System.Text;
using TipLine.Crypto.Age;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Office.Cases;

namespace TipLine.Web.Tests.Office.Cases.Export;

/// <summary>The "export for court" form on the case page through real HTTP on Kestrel, without JavaScript.</summary>
[Collection(TipLineServerCollection.Name)]
public sealed class CaseExportPageTests(TipLineServer server)
{
    [Fact]
    public async Task The_case_page_form_downloads_a_bundle_that_opens_with_the_prosecutors_key_and_refuses_a_bad_recipient()
    {
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Pangolin scales sold by the kilo");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        var (caseUrl, page) = await CasePagesTests.OpenCaseAsync(investigator, tip);
        Assert.Contains($"action=\"{caseUrl}/export\"", page, StringComparison.Ordinal);
        Assert.Contains("age-keygen", page, StringComparison.Ordinal);
        using var prosecutorKey = X25519Identity.Generate();

        using var response = await investigator.PostFormAsync(caseUrl + "/export", [new("Recipient", prosecutorKey.Recipient.ToString())], formPage: caseUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches("^case-[A-Za-z0-9-]+\\.tar\\.age$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var tar = AgeDecryptor.Decrypt(await response.Content.ReadAsByteArrayAsync(), [prosecutorKey]);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = new TarReader(new MemoryStream(tar)))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                using var content = new MemoryStream();
                entry.DataStream?.CopyTo(content);
                names[entry.Name] = Encoding.UTF8.GetString(content.ToArray());
            }
        }

        Assert.Contains("Pangolin scales sold by the kilo", names["tips/01/answers.json"], StringComparison.Ordinal);
        Assert.Contains("manifest.json", names.Keys);

        using var refused = await investigator.PostFormAsync(caseUrl + "/export?lang=fr", [new("Recipient", "age1nope")], formPage: caseUrl);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Saisissez une clé publique age commençant par age1", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var customs = await deployment.SignInAsync(deployment.CustomsOfficer);
        using var forged = await customs.PostFormAsync(caseUrl + "/export", [new("Recipient", prosecutorKey.Recipient.ToString())], formPage: "/office/cases");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }
}
