using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>A campaign directory, a SQLite file and a fake clock shared by the scheduler processes of one test.</summary>
public abstract class SchedulerTestBase : IAsyncLifetime
{
    private readonly List<SchedulerProcess> _processes = [];

    private protected ScheduledCampaigns Campaigns { get; } = new();

    private protected string DatabasePath => Path.Combine(Campaigns.Folder, "..", Path.GetFileName(Campaigns.Folder) + ".db");

    private protected FakeTimeProvider Clock { get; } = new(At("2026-01-05T00:00Z"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!, Path.GetFileName(DatabasePath) + "*"))
        {
            File.Delete(file);
        }

        Campaigns.Dispose();
    }

    private protected static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    /// <summary>A scheduler process on this test's file and clock (not started).</summary>
    private protected SchedulerProcess Process(
        string ownerId, Host.Scheduling.SchedulerOptions? options = null, Func<Durable.Client.DurableClient, Durable.Client.DurableClient>? wrapClient = null)
    {
        var process = new SchedulerProcess(DatabasePath, Campaigns.Folder, Clock, ownerId, options, wrapClient);
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
