namespace CampaignOrchestrator.Host.Sandbox;

/// <summary>Starts the in-process vendor sandbox with the host (if nothing started it before) and stops it with the host.</summary>
/// <param name="sandbox">The sandbox.</param>
internal sealed class SandboxHostedService(InProcessVendorSandbox sandbox) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => sandbox.StartAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => sandbox.DisposeAsync().AsTask().WaitAsync(cancellationToken);
}
