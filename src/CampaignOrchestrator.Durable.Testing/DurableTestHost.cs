using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Durable.Testing;

/// <summary>
/// The engine in one object for tests: a worker and a client over a temporary SQLite file (or another backend), with
/// the test's orchestrators, activities and services. Dispose it to stop the worker and delete the file.
/// </summary>
public sealed class DurableTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _ownedFolder;
    private bool _workerRunning;

    private DurableTestHost(ServiceProvider services, string? ownedFolder, string? databasePath)
    {
        _services = services;
        _ownedFolder = ownedFolder;
        DatabasePath = databasePath;
    }

    /// <summary>Gets the client.</summary>
    public DurableClient Client => _services.GetRequiredService<DurableClient>();

    /// <summary>Gets the backend.</summary>
    public IOrchestrationStore Store => _services.GetRequiredService<IOrchestrationStore>();

    /// <summary>Gets the container, to resolve the test's own services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Gets the SQLite file, when the host uses SQLite.</summary>
    public string? DatabasePath { get; }

    /// <summary>Starts a host.</summary>
    /// <param name="configureEngine">Registers the orchestrators and activities under test.</param>
    /// <param name="configure">Changes the clock, backend, services or worker options.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running host.</returns>
    public static async Task<DurableTestHost> StartAsync(
        Action<DurableEngineBuilder> configureEngine,
        Action<DurableTestHostOptions>? configure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configureEngine);
        var options = new DurableTestHostOptions();
        configure?.Invoke(options);

        string? ownedFolder = null;
        var databasePath = options.DatabasePath;
        if (options.UseBackend is null && databasePath is null)
        {
            ownedFolder = Path.Combine(Path.GetTempPath(), "campaign-orchestrator-durable", Guid.NewGuid().ToString("N"));
            databasePath = Path.Combine(ownedFolder, "durable.db");
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(options.TimeProvider);
        options.ConfigureServices?.Invoke(services);
        var engine = services.AddDurableEngine(configureEngine);
        if (options.UseBackend is { } useBackend)
        {
            useBackend(engine);
        }
        else
        {
            engine.UseSqlite(sqlite => sqlite.Path = databasePath!);
        }

        services.Configure<DurableWorkerOptions>(worker =>
        {
            worker.MaxPollingInterval = TimeSpan.FromMilliseconds(100);
            options.ConfigureWorker?.Invoke(worker);
        });

        var host = new DurableTestHost(services.BuildServiceProvider(validateScopes: true), ownedFolder, options.UseBackend is null ? databasePath : null);
        if (options.StartWorker)
        {
            await host.StartWorkerAsync(cancellationToken);
        }

        return host;
    }

    /// <summary>Starts the worker (when the host was created with <see cref="DurableTestHostOptions.StartWorker"/> false).</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the worker runs.</returns>
    public async Task StartWorkerAsync(CancellationToken cancellationToken = default)
    {
        await _services.GetRequiredService<DurableWorker>().StartAsync(cancellationToken);
        _workerRunning = true;
    }

    /// <summary>Starts an orchestration and waits for it to finish.</summary>
    /// <param name="orchestratorName">The orchestrator.</param>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Ends the wait (use a timeout).</param>
    /// <returns>The finished state.</returns>
    public async Task<InstanceState> RunAsync(string orchestratorName, object? input = null, CancellationToken cancellationToken = default)
    {
        var instanceId = await Client.StartAsync(orchestratorName, input, cancellationToken: cancellationToken);
        return await Client.WaitForCompletionAsync(instanceId, cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_workerRunning)
        {
            await _services.GetRequiredService<DurableWorker>().StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        if (_ownedFolder is not null && Directory.Exists(_ownedFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_ownedFolder, recursive: true);
        }
    }
}
