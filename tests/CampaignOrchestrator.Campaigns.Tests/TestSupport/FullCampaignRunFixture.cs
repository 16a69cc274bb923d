using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>Runs <see cref="TestCampaigns.Full"/> once to its end; the tests of a class read the result and the sandbox.</summary>
public sealed class FullCampaignRunFixture : IAsyncLifetime
{
    internal CampaignTestEnvironment Env { get; private set; } = null!;

    internal InstanceState State { get; private set; } = null!;

    internal CampaignReport Report => CampaignTestEnvironment.ReportOf(State);

    public async Task InitializeAsync()
    {
        Env = await CampaignTestEnvironment.StartAsync();
        State = await Env.RunAsync(TestCampaigns.Full());
    }

    public async Task DisposeAsync() => await Env.DisposeAsync();
}
