using CampaignOrchestrator.Host.Campaigns;
using CampaignOrchestrator.Host.Demo;
using CampaignOrchestrator.Host.Engine;
using CampaignOrchestrator.Host.Health;
using CampaignOrchestrator.Host.Hosting;
using CampaignOrchestrator.Host.Inbound;
using CampaignOrchestrator.Host.Keys;
using CampaignOrchestrator.Host.Management;
using CampaignOrchestrator.Host.Sandbox;
using CampaignOrchestrator.Host.Scheduling;

if (DemoCommand.IsRequested(args))
{
    // `demo`: the sample campaign end to end on embedded defaults (see Demo/DemoCommand.cs).
    Environment.ExitCode = await DemoCommand.RunAsync(args);
    return;
}

var builder = WebApplication.CreateBuilder(HostStartup.CreateOptions(args));
builder.AddFunctionsConfiguration();
builder.AddHostDefaults();
builder.AddApiKeys();
builder.AddDurableHost();
builder.Services.AddDurableManagementApi();
builder.AddCampaigns();
builder.AddInboundResponses();
builder.AddCampaignScheduler();
builder.AddVendorSandboxIfEnabled();

// Orchestrations and activities join the engine through builder.Services.AddDurableOrchestrations(...);
// queue handlers join the listener through builder.Services.AddQueueTrigger<THandler>(queueName).
var app = builder.Build();
app.UseHostDefaults();
app.MapHealthApi();
app.MapDurableManagementApi();
app.MapCampaignApi();
app.MapScheduleApi();
app.MapInboundApi();
await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
