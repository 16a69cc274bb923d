using System.Globalization;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>
/// A campaign directory, a store and a fake clock shared by the scheduler processes of one test. A class derives once per
/// backend, and each test gets a fresh store of it (a SQLite file, or a task hub of its own on Azurite).
/// </summary>
public abstract class SchedulerTestBase(StoreBackend backend) : IAsyncLifetime
{
    private readonly List<SchedulerProcess> _processes = [];
    private TestBackend? _backend;

    private protected ScheduledCampaigns Campaigns { get; } = new();

    private protected FakeTimeProvider Clock { get; } = new(At("2026-01-05T00:00Z"));

    private TestBackend Backend => _backend ?? throw new InvalidOperationException("The backend is created in InitializeAsync.");

    public async Task InitializeAsync() => _backend = await TestBackend.CreateAsync(backend);

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }

        Campaigns.Dispose();
    }

    private protected static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    /// <summary>A scheduler process on this test's store and clock (not started).</summary>
    private protected SchedulerProcess Process(
        string ownerId, Host.Scheduling.SchedulerOptions? options = null, Func<Durable.Client.DurableClient, Durable.Client.DurableClient>? wrapClient = null)
    {
        var process = new SchedulerProcess(Backend, Campaigns.Folder, Clock, ownerId, options, wrapClient);
        _processes.Add(process);
        return process;
    }

    /// <summary>A scheduler process, started (its first pass done).</summary>
    private protected async Task<SchedulerProcess> StartedAsync(string ownerId, Host.Scheduling.SchedulerOptions? options = null)
    {
        var process = Process(ownerId, options);
        await process.StartAsync();
        return process;
    }
}
