using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>
/// The queue listener as the host registers it (<c>AddQueueTrigger</c>), over the real app queue store of a test's
/// backend (a SQLite file, or Azurite), on a fake clock, with a <see cref="ScriptedHandler"/> on <see cref="QueueName"/>.
/// </summary>
/// <remarks>
/// On Azurite the service hides a received message for the visibility timeout in real time, but the store also follows
/// the fake clock: moving the clock past a message's due time makes it visible again at the next receive, so the same
/// tests hold on both backends without waiting for the service.
/// </remarks>
internal sealed class QueueListenerHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Origin = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly BackendConnection _connection;
    private readonly Lazy<BackendConnection> _otherProcess;
    private readonly ServiceProvider _services;
    private bool _started;

    public QueueListenerHarness(
        TestBackend backend, IReadOnlyDictionary<string, string?>? settings = null, TimeSpan? leaseDuration = null, Action<IServiceCollection>? triggers = null)
    {
        Backend = backend;
        QueueName = backend.QueueNamed("inbound-test");
        _connection = backend.Connect(Clock);
        _otherProcess = new Lazy<BackendConnection>(() => backend.Connect(Clock));
        Store = new ObservedAppQueueStore(_connection.AppQueues, Clock);
        Handler = new ScriptedHandler(Clock);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IAppQueueStore>(Store);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        services.AddSingleton(Handler);
        (triggers ?? (registered => registered.AddQueueTrigger<ScriptedHandler>(QueueName)))(services);
        services.Configure<QueueOptions>(options => options.LeaseDuration = leaseDuration ?? QueueOptions.DefaultLeaseDuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(Origin);

    public TestBackend Backend { get; }

    /// <summary>Gets the queue the handler listens on, unique to the test.</summary>
    public string QueueName { get; }

    public string PoisonQueueName => QueueName + "-poison";

    public ObservedAppQueueStore Store { get; }

    public ScriptedHandler Handler { get; }

    public IQueueSender Sender => _services.GetRequiredService<IQueueSender>();

    public FakeLogCollector Logs => _services.GetRequiredService<FakeLogCollector>();

    public QueueListenerService Listener => _services.GetRequiredService<QueueListenerService>();

    public async Task StartAsync()
    {
        await Listener.StartAsync(CancellationToken.None);
        _started = true;
    }

    /// <summary>Stops the listener; the token is the host's shutdown timeout.</summary>
    public async Task StopAsync(CancellationToken shutdownTimeout = default)
    {
        _started = false;
        await Listener.StopAsync(shutdownTimeout);
    }

    /// <summary>Adds a message as stored, bypassing the sender's encoding.</summary>
    public Task<string> EnqueueRawAsync(string storedBody) => Store.Inner.EnqueueAsync(QueueName, storedBody);

    public Task<int> DepthAsync(string? queueName = null) => Store.Inner.GetDepthAsync(queueName ?? QueueName);

    /// <summary>Receives from the queue through a connection of its own, as another process would.</summary>
    public Task<IReadOnlyList<AppQueueMessage>> ReceiveInAnotherProcessAsync(TimeSpan visibilityTimeout) =>
        _otherProcess.Value.AppQueues.ReceiveAsync(QueueName, 32, visibilityTimeout);

    public async Task<PeekedAppQueueMessage> SinglePoisonMessageAsync() => Assert.Single(await Store.Inner.PeekAsync(PoisonQueueName, 32));

    public IEnumerable<FakeLogRecord> LogsWithEventId(int eventId) => Logs.GetSnapshot().Where(record => record.Id.Id == eventId);

    /// <summary>Waits for a log record (written, say, just after the store call a test awaited).</summary>
    public async Task<FakeLogRecord> WaitForLogAsync(int eventId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var record in Logs.GetLogsAsync(timeout.Token))
        {
            if (record.Id.Id == eventId)
            {
                return record;
            }
        }

        throw new InvalidOperationException("The log ended.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            // An already-cancelled shutdown timeout: handlers still waiting are cancelled and their messages released.
            await StopAsync(new CancellationToken(canceled: true));
        }

        await _services.DisposeAsync();
        await _connection.DisposeAsync();
        if (_otherProcess.IsValueCreated)
        {
            await _otherProcess.Value.DisposeAsync();
        }
    }
}
