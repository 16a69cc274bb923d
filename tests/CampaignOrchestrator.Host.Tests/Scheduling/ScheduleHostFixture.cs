using CampaignOrchestrator.Host.Scheduling;
using CampaignOrchestrator.Host.Tests.TestSupport;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>
/// The host on a fake clock (Monday 30 November 2026, 08:30 UTC) with a campaign directory holding two valid schedules,
/// a campaign without one, and invalid campaigns with and without schedules, on a store of its own of one backend.
/// The scheduler's first pass is done.
/// </summary>
public abstract class ScheduleHostFixture : HostFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 30, 0, TimeSpan.Zero);

    private readonly ScheduledCampaigns _campaigns;
    private readonly StoreBackend _backendKind;
    private TestBackend? _backend;

    protected ScheduleHostFixture(StoreBackend backend)
        : this(new ScheduledCampaigns(), backend)
    {
    }

    private ScheduleHostFixture(ScheduledCampaigns campaigns, StoreBackend backend)
        : base(new Dictionary<string, string?> { ["Campaigns:Directory"] = campaigns.Folder })
    {
        _campaigns = campaigns;
        _backendKind = backend;
        campaigns.Add("weekly-nps", "0 9 * * MON", "Europe/Paris", "latest");
        campaigns.Add("every-day", "0 6 * * *", "America/New_York", "all", 3);
        campaigns.Write("on-demand", ScheduledCampaigns.Definition("on-demand", null));
        campaigns.Write("broken-cron", ScheduledCampaigns.Definition("broken-cron", """{ "cron": "0 9 30 2 *" }"""));
        campaigns.Write("broken-elsewhere", ScheduledCampaigns.Definition("broken-elsewhere", """{ "cron": "0 9 * * *" }""").Replace("1001", "0", StringComparison.Ordinal));
        campaigns.Write("broken-unscheduled", ScheduledCampaigns.Definition("broken-unscheduled", null).Replace("1001", "0", StringComparison.Ordinal));
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public async Task InitializeAsync()
    {
        // The store exists before the host is built (on first use of Services), which reads its settings.
        _backend = await TestBackend.CreateAsync(_backendKind);
        await Services.GetRequiredService<SchedulerTicks>().WaitForPassAsync(Start).WaitAsync(SchedulerClock.Timeout);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _backend!.HostSettings)
        {
            builder.UseSetting(key, value);
        }

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
