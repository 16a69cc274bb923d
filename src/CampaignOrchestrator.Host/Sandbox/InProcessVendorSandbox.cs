using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Host.Sandbox;

/// <summary>
/// The vendor sandbox the host runs in-process (<c>Sandbox:Enabled</c>): a <see cref="VendorSandboxServer"/> on a free
/// loopback port, on the host's <see cref="TimeProvider"/>, with <see cref="SandboxOptions"/> bound from the
/// <c>Sandbox</c> section. It starts on first use — the vendor clients' options need its address when they are
/// validated, which is before hosted services start — or with <see cref="SandboxHostedService"/>, and stops with the host.
/// </summary>
/// <param name="configuration">The host's configuration (the <c>Sandbox</c> section).</param>
/// <param name="timeProvider">The host's clock, which the sandbox's simulated time follows.</param>
internal sealed class InProcessVendorSandbox(IConfiguration configuration, TimeProvider timeProvider) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Task<VendorSandboxServer>? _starting;

    /// <summary>Gets the sandbox's address, starting it if it has not started yet.</summary>
    /// <value>E.g. <c>http://127.0.0.1:54321/</c>.</value>
    public Uri BaseAddress => Server.BaseAddress;

    /// <summary>Gets control of the sandbox (ledger, metrics, faults), starting it if it has not started yet.</summary>
    public VendorSandbox Sandbox => Server.Sandbox;

    // Options are created synchronously, so the first of them to need the address waits for the start here. The host
    // has no synchronization context and the start does not need the calling thread, so this cannot deadlock.
    private VendorSandboxServer Server => StartAsync().GetAwaiter().GetResult();

    /// <summary>Starts the sandbox once; later calls return the same start.</summary>
    /// <returns>The running server.</returns>
    public Task<VendorSandboxServer> StartAsync()
    {
        lock (_gate)
        {
            return _starting ??= VendorSandboxServer.StartAsync(
                options => configuration.GetSection(SandboxOptions.SectionName).Bind(options),
                timeProvider);
        }
    }

    /// <summary>Stops the sandbox if it was started.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        Task<VendorSandboxServer>? starting;
        lock (_gate)
        {
            starting = _starting;
            _starting = Task.FromException<VendorSandboxServer>(new ObjectDisposedException(nameof(InProcessVendorSandbox)));
        }

        if (starting is { IsFaulted: false, IsCanceled: false })
        {
            await (await starting).DisposeAsync();
        }
    }
}
