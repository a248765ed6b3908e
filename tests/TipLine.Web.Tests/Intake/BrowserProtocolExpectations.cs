using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TipLine.Web.Resources;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Intake;

/// <summary>What every refusal of the browser API must look like: the status, the stable key, the text in the asked language, no cookie.</summary>
internal static class BrowserProtocolExpectations
{
    /// <summary>The server's own text for <paramref name="key"/> in <paramref name="language"/>; fails when the resource is missing.</summary>
    public static string Localised(TipLineServer server, string key, string language)
    {
        ArgumentNullException.ThrowIfNull(server);
        var localizer = server.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = localizer[key];
            Assert.False(text.ResourceNotFound, $"no text for {key}");
            return text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>
    /// Asserts a JSON refusal with <paramref name="key"/> whose message is the French text (the clients here ask
    /// with ?lang=fr), which must differ from the English one so a server ignoring the language cannot pass.
    /// </summary>
    public static async Task<ApiClientError> RefusedInFrenchAsync(TipLineServer server, HttpResponseMessage response, HttpStatusCode status, string key)
    {
        ArgumentNullException.ThrowIfNull(response);
        await ApiClient.ExpectAsync(response, status);
        var error = await ApiClientError.ReadAsync(response);
        Assert.Equal(key, error.Error);
        var french = Localised(server, key, "fr");
        Assert.Equal(french, error.Message);
        Assert.NotEqual(Localised(server, key, "en"), french);
        Assert.False(response.Headers.Contains("Set-Cookie"), "a refusal must not set a cookie");
        return error;
    }

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
