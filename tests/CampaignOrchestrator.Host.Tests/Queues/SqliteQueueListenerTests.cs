using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

// The queue listener's tests on the SQLite backend (a file of its own per test). SqlitePoisonRequeueTests has its own file.
public sealed class SqliteQueueListenerLeaseTests() : QueueListenerLeaseTests(StoreBackend.Sqlite);

public sealed class SqliteQueueListenerPollingTests() : QueueListenerPollingTests(StoreBackend.Sqlite);

public sealed class SqliteQueueListenerSettlementTests() : QueueListenerSettlementTests(StoreBackend.Sqlite);

public sealed class SqliteQueueListenerShutdownTests() : QueueListenerShutdownTests(StoreBackend.Sqlite);

public sealed class SqliteQueueMessageEncodingTests() : QueueMessageEncodingTests(StoreBackend.Sqlite);

public sealed class SqliteQueueTriggerHostTests() : QueueTriggerHostTests(StoreBackend.Sqlite);
