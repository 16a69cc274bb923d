using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Testing;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>
/// What the campaign and inbound test environments share: one fake clock that is both a durable test host's time and an
/// in-process sandbox's simulated time (seed 7), so durable timers and vendor behaviour move together, and vendor clients
/// pointed at that sandbox that never retry on their own (every retry is a durable one, visible as a timer) and whose
/// budget is raised so the fake clock never holds a call back.
/// </summary>
internal sealed record SandboxedEngine(FakeTimeProvider Time, VendorSandboxServer Sandbox, DurableTestHost Host)
{
    /// <summary>When every environment's clock starts: Monday 2 March 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Starts the sandbox, then the host; stops the sandbox again if the host does not start.</summary>
    /// <param name="configureEngine">Registers the orchestrations and activities under test.</param>
    /// <param name="configureServices">Registers the vendor clients (pointed at the sandbox with the <c>Direct</c> overloads) and anything else.</param>
    /// <param name="configureSandbox">Changes the sandbox's options.</param>
    public static async Task<SandboxedEngine> StartAsync(
        Action<DurableEngineBuilder> configureEngine,
        Action<IServiceCollection, Uri> configureServices,
        Action<SandboxOptions>? configureSandbox = null)
    {
        var time = new FakeTimeProvider(Start);
        var sandbox = await VendorSandboxServer.StartAsync(
            o =>
            {
                o.Seed = 7;
                configureSandbox?.Invoke(o);
            },
            time);
        try
        {
            var host = await DurableTestHost.StartAsync(
                engine => configureEngine(engine.AddOrchestrator<WorkerNudge>(WorkerNudge.Name)),
                options =>
                {
                    options.TimeProvider = time;
                    options.ConfigureServices = services => configureServices(services, sandbox.BaseAddress);
                });
            return new SandboxedEngine(time, sandbox, host);
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>Points the QuestionPro client at the sandbox, with no retries of its own and a budget never reached.</summary>
    public static void Direct(QuestionProOptions options, Uri sandbox)
    {
        options.BaseUrl = sandbox;
        options.ApiKey = SampleAccount.ApiKey;
        Direct(options.Resilience, options.RateLimit);
    }

    /// <summary>Points the SatisMeter client at the sandbox, with no retries of its own and a budget never reached.</summary>
    public static void Direct(SatisMeterOptions options, Uri sandbox)
    {
        options.BaseUrl = sandbox;
        options.WriteKey = SampleAccount.WriteKey;
        Direct(options.Resilience, options.RateLimit);
    }

    private static void Direct(VendorResilienceOptions resilience, CallRateLimitOptions rateLimit)
    {
        resilience.MaxRetryAttempts = 0;
        rateLimit.PermitLimit = 100_000;
    }
}
