using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Inbound;

/// <summary>The inbound host on a task hub of its own on Azurite.</summary>
public sealed class AzuriteInboundHostFixture() : InboundHostFixture(StoreBackend.Azurite);

public sealed class AzuriteInboundQueueHandlerTests(AzuriteInboundHostFixture host) : InboundQueueHandlerTests<AzuriteInboundHostFixture>(host);

public sealed class AzuriteInboundApiTests(AzuriteInboundHostFixture host) : InboundApiTests<AzuriteInboundHostFixture>(host);
