using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Sqlite;
using CampaignOrchestrator.Host.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>
/// The queue listener as the host registers it (<c>AddQueueTrigger</c>), over the real SQLite app queue store in a
/// temporary folder, on a fake clock, with a <see cref="ScriptedHandler"/> on <see cref="QueueName"/>.
/// </summary>
internal sealed class QueueListenerHarness : IAsyncDisposable
{
    public const string QueueName = "inbound-test";
    public const string PoisonQueueName = QueueName + "-poison";

    public static readonly DateTimeOffset Origin = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "campaign-orchestrator-queue-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;
    private readonly ServiceProvider _services;
    private bool _started;

    public QueueListenerHarness(IReadOnlyDictionary<string, string?>? settings = null, TimeSpan? leaseDuration = null, Action<IServiceCollection>? triggers = null)
    {
        Directory.CreateDirectory(_folder);
        _database = new SqliteDatabase(new SqliteStoreOptions { Path = Path.Combine(_folder, "queues.db") }, Clock);
        Store = new ObservedAppQueueStore(new SqliteAppQueueStore(_database, Clock), Clock);
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

    public Task<int> DepthAsync(string queueName = QueueName) => Store.Inner.GetDepthAsync(queueName);

    public async Task<PeekedAppQueueMessage> SinglePoisonMessageAsync() => Assert.Single(await Store.Inner.PeekAsync(PoisonQueueName, 32));

    public IEnumerable<FakeLogRecord> LogsWithEventId(int eventId) => Logs.GetSnapshot().Where(record => record.Id.Id == eventId);

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            // An already-cancelled shutdown timeout: handlers still waiting are cancelled and their messages released.
            await StopAsync(new CancellationToken(canceled: true));
        }

        await _services.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
