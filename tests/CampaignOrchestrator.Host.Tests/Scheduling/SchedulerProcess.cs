using CampaignOrchestrator.Campaigns.Catalog;
using CampaignOrchestrator.Campaigns.Scheduling;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Host.Scheduling;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>
/// One scheduler "process": its own connection to the test's store (a connection pool to the SQLite file, or storage
/// clients of the Azurite hub), its own lease owner id, the scheduler service on a shared fake clock, and its own log.
/// No worker runs, so the runs it starts stay pending.
/// </summary>
internal sealed class SchedulerProcess : IAsyncDisposable
{
    private readonly BackendConnection _connection;
    private readonly CampaignSchedulerService _service;
    private bool _running;

    public SchedulerProcess(
        TestBackend backend, string catalogFolder, FakeTimeProvider clock, string ownerId, SchedulerOptions? options = null, Func<DurableClient, DurableClient>? wrapClient = null)
    {
        Clock = clock;
        var settings = Options.Create(options ?? Settings());
        _connection = backend.Connect(clock);
        Client = new DurableClient(_connection.Orchestrations, registry: null, clock);
        var schedulerClient = wrapClient?.Invoke(Client) ?? Client;
        Lease = new SchedulerLease(_connection.Leases, settings, ownerId, new FakeLogger<SchedulerLease>(Logs));
        Scheduler = new CampaignScheduler(
            new FileCampaignCatalog(Options.Create(new CampaignCatalogOptions { Directory = catalogFolder })),
            schedulerClient,
            new ScheduledRunHistory(schedulerClient),
            Lease,
            settings,
            clock,
            new FakeLogger<CampaignScheduler>(Logs));
        _service = new CampaignSchedulerService(Scheduler, Lease, Ticks, settings, clock, new FakeLogger<CampaignSchedulerService>(Logs));
    }

    public FakeTimeProvider Clock { get; }

    public DurableClient Client { get; }

    public SchedulerLease Lease { get; }

    public CampaignScheduler Scheduler { get; }

    public SchedulerTicks Ticks { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    public bool IsRunning => _running;

    /// <summary>Hourly polls and renewals every 20 minutes: few passes, so days of fake time go by quickly.</summary>
    public static SchedulerOptions Settings(TimeSpan? leaseDuration = null) => new()
    {
        PollInterval = TimeSpan.FromHours(1),
        LeaseDuration = leaseDuration ?? TimeSpan.FromHours(1),
    };

    /// <summary>Starts the service and waits for its first pass.</summary>
    public async Task StartAsync()
    {
        await _service.StartAsync(CancellationToken.None);
        _running = true;
        await Ticks.WaitForPassAsync(Clock.GetUtcNow()).WaitAsync(SchedulerClock.Timeout);
    }

    /// <summary>Starts a disabled service, which returns at once without a pass.</summary>
    public async Task StartDisabledAsync()
    {
        await _service.StartAsync(CancellationToken.None);
        await (_service.ExecuteTask ?? Task.CompletedTask).WaitAsync(SchedulerClock.Timeout);
    }

    /// <summary>Stops the service (it releases the lease).</summary>
    public async Task StopAsync()
    {
        if (_running)
        {
            _running = false;
            await _service.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The instance ids of every scheduled run of a campaign in the store, oldest first.</summary>
    public async Task<IReadOnlyList<string>> RunIdsAsync(string campaign) =>
        (await new ScheduledRunHistory(Client).ListAsync(campaign, CancellationToken.None)).Select(run => run.InstanceId).ToList();

    /// <summary>The instance ids of the runs this process logged starting.</summary>
    public IReadOnlyList<string> StartedByThisProcess() =>
        Logs.GetSnapshot().Where(r => r.Id.Id == 2304).Select(r => r.StructuredState!.First(p => p.Key == "InstanceId").Value!).ToList();

    public static string RunId(string campaign, string utc) =>
        ScheduledRunIds.For(campaign, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _service.Dispose();
        await _connection.DisposeAsync();
    }
}
