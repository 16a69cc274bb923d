namespace CampaignOrchestrator.Host.Tests.TestSupport.Backends;

/// <summary>The durable backends the host's listener and scheduler tests run on, each test class once per backend.</summary>
public enum StoreBackend
{
    /// <summary>A SQLite file in a temporary folder.</summary>
    Sqlite,

    /// <summary>A task hub of its own on the shared Azurite emulator.</summary>
    Azurite,
}
