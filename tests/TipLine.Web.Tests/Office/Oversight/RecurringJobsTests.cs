using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Oversight;

[Collection(TipLineServerCollection.Name)]
public sealed class RecurringJobsTests(TipLineServer server)
{
    [Fact]
    public void TheOversightSweepsAreScheduled()
    {
        _ = server.Address;
        using var connection = server.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);

        Assert.Equal("*/5 * * * *", jobs["notification-sweep-arrivals"]);
        Assert.Equal(Cron.Hourly(), jobs["notification-sweep-deadlines"]);
        Assert.Equal(Cron.Daily(6), jobs["notification-mailer"]);
        Assert.Equal(Cron.Daily(), jobs["retention-sweep"]);
        Assert.Equal(Cron.Hourly(), jobs["staff-session-sweep"]);
    }

    [Fact]
    public void EachHostKeepsItsOwnJobStorageWhenAnotherHostInTheProcessIsDisposed()
    {
        _ = server.Address;
        var mine = server.Services.GetRequiredService<JobStorage>();
        using (var other = new TipLineServer())
        {
            _ = other.Address;
            Assert.NotSame(mine, other.Services.GetRequiredService<JobStorage>());
        }

        Assert.Same(mine, server.Services.GetRequiredService<JobStorage>());
        using var connection = mine.GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == "retention-sweep");
    }
}
