using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

// The same tests on the Azure Storage backend: Azurite, with a hub and queue names of its own per test.
public sealed class AzuriteQueueListenerLeaseTests() : QueueListenerLeaseTests(StoreBackend.Azurite);

public sealed class AzuriteQueueListenerPollingTests() : QueueListenerPollingTests(StoreBackend.Azurite);

public sealed class AzuriteQueueListenerSettlementTests() : QueueListenerSettlementTests(StoreBackend.Azurite);

public sealed class AzuriteQueueListenerShutdownTests() : QueueListenerShutdownTests(StoreBackend.Azurite);

public sealed class AzuriteQueueMessageEncodingTests() : QueueMessageEncodingTests(StoreBackend.Azurite);

public sealed class AzuritePoisonRequeueTests() : PoisonRequeueTests(StoreBackend.Azurite);

public sealed class AzuriteQueueTriggerHostTests() : QueueTriggerHostTests(StoreBackend.Azurite);
