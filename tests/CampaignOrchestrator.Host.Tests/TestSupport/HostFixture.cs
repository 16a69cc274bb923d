namespace CampaignOrchestrator.Host.Tests.TestSupport;

/// <summary>The host with the default test settings, shared by the tests of one class.</summary>
public sealed class HostFixture() : HostFactory(null);
