using System.Collections.Concurrent;
using System.Diagnostics;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CampaignOrchestrator.Host.Tests.Telemetry;

public sealed class TelemetryTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public void Providers_Registered_TraceAndMeasureTheHost()
    {
        using var client = host.CreateAnonymousClient();

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task RequestSpan_KeyInQuery_IsRedactedFromEveryTag()
    {
        var path = $"{Api.Base}/instances/telemetry-{Guid.NewGuid():N}";
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = host.CreateAnonymousClient();

        await client.GetAsync($"{path}?showInput=true&code={HostFactory.MasterKey}");

        var span = Assert.Single(stopped, activity => activity.TagObjects.Any(tag => tag.Value?.ToString()?.Contains(path, StringComparison.Ordinal) == true));
        Assert.All(span.TagObjects, tag => Assert.DoesNotContain(HostFactory.MasterKey, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal("showInput=true&code=***", span.GetTagItem("url.query"));
    }
}
