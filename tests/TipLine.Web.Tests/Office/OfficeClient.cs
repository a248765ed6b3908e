using System.Net;
using System.Text.RegularExpressions;
using TipLine.Crypto.Totp;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office;

/// <summary>
/// A browser-like client of the back office on a real Kestrel server: keeps cookies, does not follow redirects (tests
/// see them), and fills antiforgery tokens from the page a form lives on, as a browser submitting that form would.
/// Signs in through the real pages: password, then TOTP (enrolling it on first sign-in).
/// </summary>
public sealed partial class OfficeClient : IDisposable
{
    // The last step used per secret, shared by every client as one phone would be: the server accepts each step once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> LastTotpSteps = new();
    private readonly HttpClient http;

    public OfficeClient(TipLineServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = Cookies })
        {
            BaseAddress = server.Address,
        };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The TOTP secret enrolled by this client's first sign-in (base32).</summary>
    public string? TotpSecret { get; private set; }

    /// <summary>The TOTP time step of the last code this client typed.</summary>
    public long LastCodeStep { get; private set; }

    /// <summary>The recovery codes shown at enrolment.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>First sign-in of a user without a second factor: password, enrolment with the secret read from the page, recovery codes.</summary>
    public async Task SignInFirstTimeAsync(string userName, string password)
    {
        var afterPassword = await SubmitPasswordAsync(userName, password);
        Expect(afterPassword, "/office/login/enrol");
        var enrolPage = await GetPageAsync("/office/login/enrol");
        TotpSecret = SecretPattern().Match(enrolPage).Groups["secret"].Value;
        if (string.IsNullOrEmpty(TotpSecret))
        {
            throw new InvalidOperationException("The enrolment page shows no secret.");
        }

        var confirmed = await PostFormAsync("/office/login/enrol", new Dictionary<string, string> { ["Code"] = NextCode() });
        var page = await confirmed.Content.ReadAsStringAsync();
        if (confirmed.StatusCode != HttpStatusCode.OK || !page.Contains("recovery-codes", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Enrolment failed: {(int)confirmed.StatusCode}.");
        }

        RecoveryCodes = RecoveryCodePattern().Matches(page).Select(m => m.Groups["code"].Value).ToList();
    }

    /// <summary>Sign-in of an enrolled user with the secret from <see cref="SignInFirstTimeAsync"/> (or another client's).</summary>
    public async Task SignInAsync(string userName, string password, string totpSecret)
    {
        TotpSecret = totpSecret;
        Expect(await SubmitPasswordAsync(userName, password), "/office/login/code");
        var response = await PostFormAsync("/office/login/code", new Dictionary<string, string> { ["Code"] = NextCode() });
        Expect(response, "/office");
    }

    public async Task<HttpResponseMessage> SubmitPasswordAsync(string userName, string password) =>
        await PostFormAsync("/office/login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    /// <summary>A code for the next unused time step (each step is accepted once; the server allows one step of drift).</summary>
    public string NextCode()
    {
        if (!Base32.TryDecode(TotpSecret, out var secret))
        {
            throw new InvalidOperationException("No TOTP secret.");
        }

        while (true)
        {
            var current = TotpAuthenticator.TimeStepOf(DateTimeOffset.UtcNow);
            var last = LastTotpSteps.GetValueOrDefault(TotpSecret!);
            var step = Math.Max(current - 1, last + 1);
            if (step > current + 1)
            {
                // Several sign-ins inside one window: wait for the next step rather than replay one.
                Thread.Sleep(TimeSpan.FromSeconds(30 - (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30) + 1));
                continue;
            }

            if (LastTotpSteps.TryUpdate(TotpSecret!, step, last) || (last == 0 && LastTotpSteps.TryAdd(TotpSecret!, step)))
            {
                LastCodeStep = step;
                return TotpAuthenticator.CodeAt(secret, step);
            }
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} gave {(int)response.StatusCode} {response.Headers.Location}");
        }

        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Submits a form as the browser would from <paramref name="formPage"/> (default: the page posted to): the page is
    /// fetched for its antiforgery token, then the fields are posted to <paramref name="action"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(formPage ?? action);
        var token = TokenPattern().Match(page).Groups["token"].Value;
        var values = fields.ToList();
        if (token.Length > 0)
        {
            values.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        }

        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public void Dispose() => http.Dispose();

    private static void Expect(HttpResponseMessage response, string location)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != location)
        {
            throw new InvalidOperationException($"Expected a redirect to {location}, got {(int)response.StatusCode} {response.Headers.Location}.");
        }
    }

    [GeneratedRegex("id=\"totp-secret\">(?<secret>[A-Z2-7]+)<")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("<li><code>(?<code>[a-z0-9]{5}-[a-z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
