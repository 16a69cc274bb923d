using System.Net;
using System.Reflection;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Host.Health;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignOrchestrator.Host.Tests.Health;

public sealed class HealthTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Alive_Running_Returns200Healthy()
    {
        using var client = host.CreateAnonymousClient();

        var response = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_StoreAnswers_Returns200Healthy()
    {
        using var client = host.CreateAnonymousClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CheckHealth_StoreFails_ReportsTheRegisteredFailureStatus()
    {
        var check = new DurableStoreHealthCheck(FailingStore.Create());
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("durable-store", check, HealthStatus.Unhealthy, null),
        };

        var result = await check.CheckHealthAsync(context);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.IsType<IOException>(result.Exception);
    }

    /// <summary>A store whose every call fails, as a store on an unreachable disk would.</summary>
    public class FailingStore : DispatchProxy
    {
        public static IOrchestrationStore Create() => Create<IOrchestrationStore, FailingStore>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new IOException("The disk is gone.");
    }
}
