using Serilog;
using TipLine.Application.Abstractions;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Catalogue;
using TipLine.Infrastructure.Jobs;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;
using TipLine.Web.Localization;
using TipLine.Web.AntiAbuse;
using TipLine.Web.Operations;
using TipLine.Web.Security;

namespace TipLine.Web.Hosting;

/// <summary>Service wiring for the web host; Program.cs stays a few lines long.</summary>
internal static class TipLineWebApplicationBuilderExtensions
{
    public static WebApplicationBuilder AddTipLine(this WebApplicationBuilder builder)
    {
        builder.AddPrivacyPreservingLogging();

        // No Server header: it tells an attacker what to aim at and adds nothing for users.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddTipLinePersistence(builder.Configuration, builder.Environment);
        builder.Services.AddTipLineDataProtection(builder.Configuration, builder.Environment);
        builder.Services.AddTipLineJobs(builder.Configuration);
        builder.Services.AddTipLineBlobStore(builder.Configuration, builder.Environment);
        builder.Services.AddTipLineServerKeys(builder.Configuration, builder.Environment);
        builder.Services.AddTipLineSpeciesCatalogue(builder.Configuration, builder.Environment);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentActor, HttpCurrentActor>();
        builder.Services.AddScoped<IStaffSessionKey, TipLine.Web.Office.Sessions.HttpStaffSessionKey>();
        builder.Services.AddTipLineUseCases();
        builder.Services.AddTipLineAntiAbuse(builder.Configuration);
        builder.Services.AddWhistleblowerSide(builder.Configuration);
        builder.Services.AddTipLineHealthChecks();
        builder.Services.AddTipLineTelemetry(builder.Configuration);

        builder.Services.AddAuthentication(StaffAuthentication.Scheme)
            .AddCookie(StaffAuthentication.Scheme, StaffAuthentication.Configure);
        builder.Services.AddAuthorization(options => options.AddPolicy(StaffAuthentication.Policy, policy =>
            policy.AddAuthenticationSchemes(StaffAuthentication.Scheme).RequireAuthenticatedUser()));
        builder.Services.Configure<TipLine.Web.Office.Sessions.OfficeSessionOptions>(
            builder.Configuration.GetSection(TipLine.Web.Office.Sessions.OfficeSessionOptions.Section));
        builder.Services.AddSingleton<TipLine.Web.Office.Sessions.PendingSignInCookie>();
        builder.Services.AddSingleton<TipLine.Web.Office.Sessions.StaffSignInThrottle>();

        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(PageLanguage.Configure);
        builder.Services.AddRazorPages(options =>
            {
                // Every back-office page needs a staff session unless it is part of getting one.
                options.Conventions.AuthorizeFolder("/Office", StaffAuthentication.Policy);
                options.Conventions.AllowAnonymousToFolder("/Office/Login");
                options.Conventions.AllowAnonymousToFolder("/Office/Join");
                options.Conventions.AddFolderApplicationModelConvention("/Office", model => model.Filters.Add(new TipLine.Web.Office.OfficeErrorFilter()));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "tipline-af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Emit French and Spanish text as characters, not numeric entities: smaller pages, readable source.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.Configure<SecurityHeadersOptions>(builder.Configuration.GetSection("TipLine"));
        return builder;
    }

    // A log line caused by a whistleblower's request would otherwise record the exact time they acted; the day is enough to operate.
    private const string DayPrecisionTemplate = "{Timestamp:yyyy-MM-dd} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog to the console with no request logging at all: request lines would carry paths, and Kestrel's
    /// connection logs carry client addresses. Nothing here ever sees a request body.
    /// </summary>
    private static void AddPrivacyPreservingLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.With<SensitivePropertyRedactor>()
                .MinimumLevel.Override("Microsoft.AspNetCore.Server.Kestrel", Serilog.Events.LogEventLevel.Error)
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", Serilog.Events.LogEventLevel.Error)
                .WriteTo.Console(outputTemplate: DayPrecisionTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);

            // Optional log file (TipLine:LogFile); containers should log to standard output instead.
            var logFile = builder.Configuration["TipLine:LogFile"];
            if (!string.IsNullOrWhiteSpace(logFile))
            {
                logger.WriteTo.File(logFile, outputTemplate: DayPrecisionTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }, preserveStaticLogger: true); // this host's own logger: no process-wide static state
    }
}
