using System.Text.Json;
using CampaignOrchestrator.Host.Sandbox;
using CampaignOrchestrator.Host.Tests.TestSupport;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Host.Tests.Inbound;

/// <summary>A host with the in-process sandbox, a small request limit and no client-side SatisMeter budget to wait for.</summary>
public sealed class InboundHostFixture : HostFactory
{
    public const int MaxRequestBytes = 200_000;

    public InboundHostFixture()
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
}
