using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Host.Management.Payloads;

namespace CampaignOrchestrator.Host.Management;

/// <summary>What the management handlers use, bound as one parameter.</summary>
/// <param name="client">The engine client.</param>
/// <param name="registry">The registered orchestrators.</param>
/// <param name="checkStatus">Builds check-status responses.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed class ManagementServices(
    DurableClient client,
    DurableRegistry registry,
    CheckStatusPayloadBuilder checkStatus,
    TimeProvider timeProvider,
    ILogger<ManagementServices> logger)
{
    /// <summary>Gets the engine client.</summary>
    public DurableClient Client { get; } = client;

    /// <summary>Gets the registered orchestrators.</summary>
    public DurableRegistry Registry { get; } = registry;

    /// <summary>Gets the check-status builder.</summary>
    public CheckStatusPayloadBuilder CheckStatus { get; } = checkStatus;

    /// <summary>Gets the clock.</summary>
    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>Gets the logger.</summary>
    public ILogger<ManagementServices> Logger { get; } = logger;
}
