using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Durable.Testing;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>
/// The campaign engine on one fake clock: a durable test host with the campaign orchestrations and activities, and an
/// in-process sandbox whose simulated time is that clock, so durable timers and vendor statistics move together.
/// The clients do not retry on their own (every retry is a durable one, visible as a timer), and their budget is
/// raised so the fake clock never holds a call back.
/// </summary>
internal sealed class CampaignTestEnvironment : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private CampaignTestEnvironment(FakeTimeProvider time, VendorSandboxServer sandbox, DurableTestHost host)
    {
        Time = time;
        Sandbox = sandbox;
        Host = host;
        Driver = new RunDriver(host.Client, time);
    }

    public FakeTimeProvider Time { get; }

    public VendorSandboxServer Sandbox { get; }

    public DurableTestHost Host { get; }

    public DurableClient Client => Host.Client;

    public RunDriver Driver { get; }

    public SandboxLedger Ledger => new(Sandbox);

    public static async Task<CampaignTestEnvironment> StartAsync(Action<QuestionProOptions>? questionPro = null)
    {
        var time = new FakeTimeProvider(Start);
        var sandbox = await VendorSandboxServer.StartAsync(o => o.Seed = 7, time);
        try
        {
            var host = await DurableTestHost.StartAsync(
                engine => engine.AddCampaigns().AddOrchestrator<WorkerNudge>(WorkerNudge.Name),
                options =>
                {
                    options.TimeProvider = time;
                    options.ConfigureServices = services => services.AddQuestionPro(o =>
                    {
                        o.BaseUrl = sandbox.BaseAddress;
                        o.ApiKey = SampleAccount.ApiKey;
                        o.Resilience.MaxRetryAttempts = 0;
                        o.RateLimit.PermitLimit = 100_000;
                        questionPro?.Invoke(o);
                    });
                });
            return new CampaignTestEnvironment(time, sandbox, host);
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a run of a definition and drives it to its end.</summary>
    public async Task<InstanceState> RunAsync(CampaignDefinition definition, Func<InstanceState, CampaignRunStatus?, Task<bool>>? intervene = null)
    {
        var id = await StartRunAsync(definition);
        return await Driver.DriveAsync(id, intervene);
    }

    public Task<string> StartRunAsync(CampaignDefinition definition) =>
        Client.StartAsync(CampaignRunOrchestrator.Name, new CampaignRunInput { Definition = definition });

    public static CampaignReport ReportOf(InstanceState state)
    {
        Assert.True(state.Status == RuntimeStatus.Completed, $"The run ended {state.Status}: {state.Failure}");
        return DataConverter.Deserialize<CampaignReport>(state.Output)!;
    }

    public T Resolve<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
