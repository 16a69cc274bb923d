using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox;

/// <summary>Builds the sandbox state when the application starts, so the seeded batches are sent at start-up rather than at the first call.</summary>
internal sealed class SandboxInitializer(IServiceProvider services, IOptions<SandboxOptions> options, ILogger<SandboxInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<VendorSandbox>();
        var catalog = services.GetRequiredService<SandboxCatalog>();
        var batches = services.GetRequiredService<EmailBatchStore>().Count;
        logger.SandboxReady(catalog.Data.Surveys.Count, batches, options.Value.Seed, options.Value.TimeScale);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
