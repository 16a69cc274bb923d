using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

// The scheduler's tests on the SQLite backend: the processes of a test share a file of its own.
public sealed class SqliteSchedulerLeaseTests() : SchedulerLeaseTests(StoreBackend.Sqlite);

public sealed class SqliteSchedulerCatchUpTests() : SchedulerCatchUpTests(StoreBackend.Sqlite);

public sealed class SqliteSchedulerDaylightSavingTests() : SchedulerDaylightSavingTests(StoreBackend.Sqlite);

public sealed class SqliteScheduleHostFixture() : ScheduleHostFixture(StoreBackend.Sqlite);

public sealed class SqliteScheduleApiTests(SqliteScheduleHostFixture host) : ScheduleApiTests<SqliteScheduleHostFixture>(host);
