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
/// in-process sandbox whose simulated time is that clock (see <see cref="SandboxedEngine"/>).
/// </summary>
internal sealed class CampaignTestEnvironment : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = SandboxedEngine.Start;

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
        var (time, sandbox, host) = await SandboxedEngine.StartAsync(
            engine => engine.AddCampaigns(),
            (services, sandbox) => services.AddQuestionPro(o =>
            {
                SandboxedEngine.Direct(o, sandbox);
                questionPro?.Invoke(o);
            }));
        return new CampaignTestEnvironment(time, sandbox, host);
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
