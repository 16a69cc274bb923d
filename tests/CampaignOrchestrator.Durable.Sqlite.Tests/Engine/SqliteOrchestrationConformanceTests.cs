using CampaignOrchestrator.Durable.Conformance;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Engine;

/// <summary>The engine conformance suite on the SQLite backend (the test host's default).</summary>
public sealed class SqliteOrchestrationConformanceTests : OrchestrationConformanceTests;
