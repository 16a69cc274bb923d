using CampaignOrchestrator.Host.Scheduling;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>
/// The host on a fake clock (Monday 30 November 2026, 08:30 UTC) with a campaign directory holding two valid schedules,
/// a campaign without one, and invalid campaigns with and without schedules. The scheduler's first pass is done.
/// </summary>
public sealed class ScheduleHostFixture : HostFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 30, 0, TimeSpan.Zero);

    private readonly ScheduledCampaigns _campaigns;

    public ScheduleHostFixture()
        : this(new ScheduledCampaigns())
    {
    }

    private ScheduleHostFixture(ScheduledCampaigns campaigns)
        : base(new Dictionary<string, string?> { ["Campaigns:Directory"] = campaigns.Folder })
    {
        _campaigns = campaigns;
        campaigns.Add("weekly-nps", "0 9 * * MON", "Europe/Paris", "latest");
        campaigns.Add("every-day", "0 6 * * *", "America/New_York", "all", 3);
        campaigns.Write("on-demand", ScheduledCampaigns.Definition("on-demand", null));
        campaigns.Write("broken-cron", ScheduledCampaigns.Definition("broken-cron", """{ "cron": "0 9 30 2 *" }"""));
        campaigns.Write("broken-elsewhere", ScheduledCampaigns.Definition("broken-elsewhere", """{ "cron": "0 9 * * *" }""").Replace("1001", "0", StringComparison.Ordinal));
        campaigns.Write("broken-unscheduled", ScheduledCampaigns.Definition("broken-unscheduled", null).Replace("1001", "0", StringComparison.Ordinal));
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public async Task InitializeAsync() =>
        await Services.GetRequiredService<SchedulerTicks>().WaitForPassAsync(Start).WaitAsync(SchedulerClock.Timeout);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _campaigns.Dispose();
        }
    }
}
