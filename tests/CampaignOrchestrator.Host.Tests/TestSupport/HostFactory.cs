using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Host.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CampaignOrchestrator.Host.Tests.TestSupport;

/// <summary>
/// The host over a temporary folder (its content root, holding the SQLite file and any host.json or
/// local.settings.json a test writes), with a test key, configured vendor secrets, the test orchestrations and a log
/// collector. One per test class (see <see cref="HostFixture"/>).
/// </summary>
public class HostFactory : WebApplicationFactory<Program>
{
    public const string MasterKey = "test-master-key-0123456789abcdef";
    public const string QuestionProApiKey = "questionpro-secret-api-key-31415";
    public const string SatisMeterWriteKey = "satismeter-secret-write-key-27182";
    public const string HubName = "TestHub";

    private readonly Dictionary<string, string?> _settings;

    public HostFactory(IReadOnlyDictionary<string, string?>? settings, string? hostJson = null, string? localSettings = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "campaign-orchestrator-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (hostJson is not null)
        {
            File.WriteAllText(Path.Combine(Folder, "host.json"), hostJson);
        }

        if (localSettings is not null)
        {
            File.WriteAllText(Path.Combine(Folder, "local.settings.json"), localSettings);
        }

        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Host:Keys:Master"] = MasterKey,
            ["Durable:HubName"] = HubName,
            ["Storage:Sqlite:Path"] = Path.Combine(Folder, "durable.db"),
            ["Durable:Worker:MaxPollingInterval"] = "00:00:00.050",
            ["QuestionPro:ApiKey"] = QuestionProApiKey,
            ["SatisMeter:WriteKey"] = SatisMeterWriteKey,
            ["Logging:LogLevel:Default"] = "Debug",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Folder { get; }

    public DurableClient Durable => Services.GetRequiredService<DurableClient>();

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>A client that sends the key in the <c>x-functions-key</c> header.</summary>
    public HttpClient CreateKeyedClient()
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("x-functions-key", MasterKey);
        return client;
    }

    /// <summary>A client that sends no key.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Waits (on the engine's signals, never a fixed sleep) until an instance has a status.</summary>
    public async Task<InstanceState> WaitForStatusAsync(string instanceId, RuntimeStatus status)
    {
        // The instance may not exist yet (a queue trigger or the scheduler creates it): wait for it first.
        await Durable.WaitForStartAsync(instanceId).WaitAsync(TimeSpan.FromSeconds(30));
        return await Durable.WaitUntilAsync(instanceId, false, state => state.Status == status).WaitAsync(TimeSpan.FromSeconds(30));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Folder);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings.Where(setting => setting.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddFakeLogging());
        builder.ConfigureServices(services => services.AddDurableOrchestrations(TestOrchestrations.Register));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on some platforms: the temporary folder is left for the OS to clean.
            }
        }
    }
}
