using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

// The same tests on the Azure Storage backend: the processes of a test share a task hub of its own on Azurite.
public sealed class AzuriteSchedulerLeaseTests() : SchedulerLeaseTests(StoreBackend.Azurite);

public sealed class AzuriteSchedulerCatchUpTests() : SchedulerCatchUpTests(StoreBackend.Azurite);

public sealed class AzuriteSchedulerDaylightSavingTests() : SchedulerDaylightSavingTests(StoreBackend.Azurite);

public sealed class AzuriteScheduleHostFixture() : ScheduleHostFixture(StoreBackend.Azurite);

public sealed class AzuriteScheduleApiTests(AzuriteScheduleHostFixture host) : ScheduleApiTests<AzuriteScheduleHostFixture>(host);
