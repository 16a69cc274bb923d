using System.Text.Json;
using CampaignOrchestrator.Host.Sandbox;
using CampaignOrchestrator.Host.Tests.TestSupport;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using CampaignOrchestrator.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Host.Tests.Inbound;

/// <summary>
/// A host with the in-process sandbox, a small request limit and no client-side SatisMeter budget to wait for, on a store
/// of its own of one backend, with an inbound queue of its own (Azurite's queues are shared by the whole test run).
/// </summary>
public abstract class InboundHostFixture : HostFactory, IAsyncLifetime
{
    public const int MaxRequestBytes = 200_000;

    private readonly StoreBackend _backendKind;
    private TestBackend? _backend;

    protected InboundHostFixture(StoreBackend backend)
        : base(new Dictionary<string, string?>
        {
            [SandboxHostExtensions.EnabledKey] = "true",
            ["QuestionPro:ApiKey"] = null,
            ["SatisMeter:WriteKey"] = null,
            ["SatisMeter:RateLimit:PermitLimit"] = "100000",
            ["Inbound:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Queues:MaxPollingInterval"] = "00:00:00.200",
        })
    {
        _backendKind = backend;
    }

    /// <summary>Gets the inbound queue's name (<c>Inbound:QueueName</c>).</summary>
    public string QueueName => _backend!.QueueNamed("inbound-responses");

    public async Task InitializeAsync()
    {
        // The store exists before the host is built (on first use of Services), which reads its settings.
        _backend = await TestBackend.CreateAsync(_backendKind);
        _ = Services;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    public VendorSandbox Sandbox => Services.GetRequiredService<InProcessVendorSandbox>().Sandbox;

    /// <summary>How many responses SatisMeter recorded for each user id.</summary>
    public IReadOnlyDictionary<string, int> RecordedByUser() =>
        Sandbox.GetLedger("satismeter.response.recorded")
            .Select(entry => entry.Details.GetProperty("userId"))
            .Where(user => user.ValueKind == JsonValueKind.String)
            .GroupBy(user => user.GetString()!)
            .ToDictionary(group => group.Key, group => group.Count());

    public static string Message(string messageId, IEnumerable<string> users) => JsonSerializer.Serialize(new
    {
        messageId,
        responses = users.Select(user => new
        {
            id = "r-" + user,
            target = "satismeter",
            campaign = SampleAccount.Campaign,
            answers = new object[] { new { id = "nps", value = 9 }, new { id = "why", value = "Great support from the whole team" } },
            userId = user,
        }),
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _backend!.HostSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Inbound:QueueName", QueueName);
    }
}
