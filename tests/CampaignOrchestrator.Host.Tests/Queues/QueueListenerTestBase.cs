using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>
/// The queue listener's tests run unchanged on every backend: a class derives once per backend, and each test gets a
/// fresh store of it (a SQLite file, or a hub and queue names of its own on Azurite).
/// </summary>
public abstract class QueueListenerTestBase(StoreBackend backend) : IAsyncLifetime
{
    private TestBackend? _backend;

    private protected TestBackend Backend => _backend ?? throw new InvalidOperationException("The backend is created in InitializeAsync.");

    public async Task InitializeAsync() => _backend = await TestBackend.CreateAsync(backend);

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    /// <summary>The listener over this test's store (not started).</summary>
    private protected QueueListenerHarness Harness(
        IReadOnlyDictionary<string, string?>? settings = null, TimeSpan? leaseDuration = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? triggers = null) =>
        new(Backend, settings, leaseDuration, triggers);
}
