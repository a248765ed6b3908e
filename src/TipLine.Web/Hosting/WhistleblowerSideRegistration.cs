using TipLine.Web.FollowUp;
using TipLine.Web.Intake;
using TipLine.Web.Intake.NoScript;

namespace TipLine.Web.Hosting;

/// <summary>Services of the whistleblower's side: intake (both modes), uploads, receipts, follow-up sessions.</summary>
internal static class WhistleblowerSideRegistration
{
    public static IServiceCollection AddWhistleblowerSide(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UploadOptions>(configuration.GetSection("TipLine:Uploads"));
        services.Configure<ReceiptDerivationOptions>(configuration.GetSection("TipLine:Receipts"));
        services.AddSingleton<UploadRegistry>();
        services.AddHostedService<UploadExpiryService>();
        services.AddSingleton<ServerReceiptKeys>();
        services.AddSingleton<NoScriptFormReader>();
        services.AddSingleton<NoScriptTipBuilder>();
        services.AddSingleton<FollowUpSession>();
        services.AddScoped<BrowserPageConfiguration>();
        services.AddSingleton<Security.KeyRingWarmUp>();
        return services;
    }
}
