using CampaignOrchestrator.Tests.Shared;

namespace CampaignOrchestrator.Host.Tests.TestSupport.Backends;

/// <summary>
/// One test's durable store: what <see cref="Connect"/> opens is one "process" on it (a connection pool to the SQLite
/// file, or storage clients of the Azurite hub), and <see cref="HostSettings"/> put a whole host on it. Every name a test
/// takes from <see cref="QueueNamed"/> is its own, since Azurite's queues are shared by every test of the run.
/// </summary>
internal abstract class TestBackend : IAsyncDisposable
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    /// <summary>Gets the host settings (<c>Storage:Provider</c> and what it needs) that select this store.</summary>
    public abstract IReadOnlyDictionary<string, string?> HostSettings { get; }

    /// <summary>Creates a fresh, empty store of the given kind.</summary>
    public static async Task<TestBackend> CreateAsync(StoreBackend backend) => backend switch
    {
        StoreBackend.Sqlite => new SqliteTestBackend(),
        StoreBackend.Azurite => new AzuriteTestBackend(await Azurite.ConnectionStringAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "Unknown backend."),
    };

    /// <summary>Opens the store as one process would, reading time from <paramref name="clock"/>.</summary>
    public abstract BackendConnection Connect(TimeProvider clock);

    /// <summary>Gives an application queue name unique to this test.</summary>
    public string QueueNamed(string name) => $"{name}-{_suffix}";

    public abstract ValueTask DisposeAsync();
}
