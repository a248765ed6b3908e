using Hangfire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TipLine.Application.Notifications;
using TipLine.Application.Rewards.Deadlines;
using TipLine.Application.Retention;
using TipLine.Crypto.Signing;
using TipLine.Infrastructure.Jobs;
using TipLine.Infrastructure.Security;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.AntiAbuse;
using TipLine.Web.FollowUp;
using TipLine.Web.Intake;
using TipLine.Web.Operations;
using TipLine.Web.Security;

namespace TipLine.Web.Hosting;

/// <summary>Start-up steps and the request pipeline.</summary>
internal static class TipLineWebApplicationExtensions
{
    /// <summary>Applies pending migrations explicitly (never EnsureCreated) before the first request is served.</summary>
    public static async Task PrepareTipLineAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<MigrationRunner>();
        await runner.ApplyPendingMigrationsAsync(app.Lifetime.ApplicationStopping);

        // Load (or, on the embedded default, create) the server's key files now, so a misconfiguration stops start-up.
        _ = app.Services.GetRequiredService<Ed25519SigningKey>();
        _ = app.Services.GetRequiredService<DeploymentSalt>();

        // Nothing can be uploading yet, so every temporary blob file and unreferenced blob is left over from a crash.
        var sweep = scope.ServiceProvider.GetRequiredService<OrphanBlobSweep>();
        await sweep.RunAsync(TimeSpan.Zero, app.Lifetime.ApplicationStopping);
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<OrphanBlobSweep>("orphan-blob-sweep", job => job.RunHourlyAsync(CancellationToken.None), Cron.Hourly());
        jobs.AddOrUpdate<NotificationSweep>("notification-sweep-arrivals", job => job.RunArrivalsAsync(CancellationToken.None), "*/5 * * * *");
        jobs.AddOrUpdate<NotificationSweep>("notification-sweep-deadlines", job => job.RunDeadlinesAsync(CancellationToken.None), Cron.Hourly());
        jobs.AddOrUpdate<RewardSweep>("reward-sweep", job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        var mailHour = app.Services.GetRequiredService<IOptions<NotificationMailOptions>>().Value.DailyHourUtc;
        jobs.AddOrUpdate<NotificationMailer>("notification-mailer", job => job.RunAsync(CancellationToken.None), Cron.Daily(mailHour));
        jobs.AddOrUpdate<RetentionSweep>("retention-sweep", job => job.RunAsync(CancellationToken.None), Cron.Daily());
        jobs.AddOrUpdate<StaffSessionSweep>("staff-session-sweep", job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        scope.ServiceProvider.GetRequiredService<KeyRingWarmUp>().Run();
        jobs.AddOrUpdate<KeyRingWarmUp>("key-ring-warm-up", job => job.Run(), Cron.Daily());
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
    }

    public static WebApplication UseTipLine(this WebApplication app)
    {
        app.UseMiddleware<ClientMetadataScrubbingMiddleware>();
        app.Use(ObservedRequests.HideUnobservedFromMetricsAsync);
        app.UseMiddleware<InvitationLinkMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Before the error pages, so a re-executed error page keeps the language the person picked.
        app.UseRequestLocalization();
        app.Use(TipLine.Web.Localization.OfficeLanguage.RememberPickedLanguageAsync);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseHangfireDashboard("/office/jobs", new DashboardOptions
        {
            Authorization = [new AdministratorsOnlyDashboardFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/office",
        });
        app.MapTipLineHealthChecks();
        app.MapProofOfWorkEndpoints();
        app.MapIntakeApi();
        app.MapFollowUpApi();
        app.MapFollowUpDownloads();
        app.MapRazorPages();
        return app;
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TipLine");
        foreach (var address in addresses)
        {
            logger.LogInformation("TipLine is listening on {Address}", address);
        }

        logger.LogInformation(
            "Create the first administrator with: dotnet run --project src/TipLine.Cli -- init (see README.md)");
    }
}
