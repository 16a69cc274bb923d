using CampaignOrchestrator.Host.Sandbox;
using CampaignOrchestrator.Host.Tests.TestSupport;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Demo;

/// <summary><c>Sandbox:Enabled</c>: the host runs the vendor sandbox in-process and points the vendor clients at it.</summary>
public sealed class SandboxEnabledTests
{
    [Fact]
    public async Task Enabled_PointsTheClientsAtTheSandbox_WithTheSampleKeys()
    {
        using var host = new HostFactory(new Dictionary<string, string?>
        {
            [SandboxHostExtensions.EnabledKey] = "true",
            ["QuestionPro:ApiKey"] = null,
            ["SatisMeter:WriteKey"] = null,
        });

        var sandbox = host.Services.GetRequiredService<InProcessVendorSandbox>();
        var questionPro = host.Services.GetRequiredService<IOptions<QuestionProOptions>>().Value;
        var satisMeter = host.Services.GetRequiredService<IOptions<SatisMeterOptions>>().Value;

        Assert.Equal("127.0.0.1", sandbox.BaseAddress.Host);
        Assert.Equal(sandbox.BaseAddress, questionPro.BaseUrl);
        Assert.Equal(SampleAccount.ApiKey, questionPro.ApiKey);
        Assert.Equal(sandbox.BaseAddress, satisMeter.BaseUrl);
        Assert.Equal(SampleAccount.WriteKey, satisMeter.WriteKey);

        // A real call of the host's client reaches the sandbox.
        var batch = await host.Services.GetRequiredService<QuestionProEmailBatchClient>()
            .GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId)
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(SampleAccount.EmailBatchId, batch.EmailBatchId);
        Assert.Equal(1, sandbox.Sandbox.GetMetrics().QuestionProRequests);
    }

    [Fact]
    public void Enabled_KeepsVendorSettingsConfiguredExplicitly()
    {
        using var host = new HostFactory(new Dictionary<string, string?>
        {
            [SandboxHostExtensions.EnabledKey] = "true",
            ["QuestionPro:BaseUrl"] = "http://127.0.0.1:9/",
            ["SatisMeter:BaseUrl"] = "http://127.0.0.1:10/",
        });

        var sandbox = host.Services.GetRequiredService<InProcessVendorSandbox>();
        var questionPro = host.Services.GetRequiredService<IOptions<QuestionProOptions>>().Value;
        var satisMeter = host.Services.GetRequiredService<IOptions<SatisMeterOptions>>().Value;

        Assert.Equal(new Uri("http://127.0.0.1:9/"), questionPro.BaseUrl);
        Assert.Equal(HostFactory.QuestionProApiKey, questionPro.ApiKey);
        Assert.NotNull(sandbox.BaseAddress);

        // The host does not register the SatisMeter client yet, so its section is not bound; the sandbox leaves it alone.
        Assert.NotEqual(sandbox.BaseAddress, satisMeter.BaseUrl);
        Assert.NotEqual(SampleAccount.WriteKey, satisMeter.WriteKey);
    }

    [Fact]
    public void Enabled_SandboxFollowsTheHostClock_WithItsConfiguredTimeScale()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var host = new ClockedHostFactory(clock, new Dictionary<string, string?>
        {
            [SandboxHostExtensions.EnabledKey] = "true",
            ["Sandbox:TimeScale"] = "60",

            // The clock stands still here, and the queue listener's store waits on it: it could not stop in time.
            ["Inbound:ListenerEnabled"] = "false",
        });

        var sandbox = host.Services.GetRequiredService<InProcessVendorSandbox>().Sandbox;
        var before = sandbox.SimulatedNow;
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.FromHours(1), sandbox.SimulatedNow - before);
    }

    [Fact]
    public void Disabled_ByDefault()
    {
        using var host = new HostFactory(null);

        Assert.Null(host.Services.GetService<InProcessVendorSandbox>());
        Assert.Null(host.Services.GetRequiredService<IOptions<QuestionProOptions>>().Value.BaseUrl);
    }

    private sealed class ClockedHostFactory(TimeProvider clock, IReadOnlyDictionary<string, string?> settings) : HostFactory(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
        }
    }
}
