using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Inbound;

/// <summary>The inbound host on a SQLite file.</summary>
public sealed class SqliteInboundHostFixture() : InboundHostFixture(StoreBackend.Sqlite);

public sealed class SqliteInboundQueueHandlerTests(SqliteInboundHostFixture host) : InboundQueueHandlerTests<SqliteInboundHostFixture>(host);

public sealed class SqliteInboundApiTests(SqliteInboundHostFixture host) : InboundApiTests<SqliteInboundHostFixture>(host);
