using System.Globalization;
using CampaignOrchestrator.Host.Campaigns;
using CampaignOrchestrator.Host.Engine;
using CampaignOrchestrator.Host.Health;
using CampaignOrchestrator.Host.Hosting;
using CampaignOrchestrator.Host.Inbound;
using CampaignOrchestrator.Host.Keys;
using CampaignOrchestrator.Host.Management;
using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Sandbox;
using CampaignOrchestrator.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// The host as the demo runs it: the service's composition (keep it in step with <c>Program.cs</c>) on embedded
/// settings — a fresh SQLite file, a random key, the in-process sandbox, loopback only — and on a compressed clock.
/// </summary>
internal static class DemoHost
{
    // The worker's limits (DurableWorkerOptions' ranges) cap these, whatever the scale.
    private static readonly TimeSpan MaxLockDuration = TimeSpan.FromDays(1);
    private static readonly TimeSpan MaxPollingInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxSchedulerInterval = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaxQueueLease = TimeSpan.FromDays(6);

    /// <summary>Builds the host.</summary>
    /// <param name="paths">Where the demo keeps its files.</param>
    /// <param name="masterKey">The key callers present.</param>
    /// <param name="port">The loopback port (0 for any free one).</param>
    /// <param name="clock">The compressed clock.</param>
    /// <param name="args">The demo's command line (standard configuration keys, e.g. <c>--Sandbox:Seed=7</c>).</param>
    /// <returns>The host, not started.</returns>
    public static WebApplication Build(DemoPaths paths, string masterKey, int port, ScaledTimeProvider clock, string[] args)
    {
        var builder = WebApplication.CreateBuilder(HostStartup.CreateOptions(args));
        builder.Configuration.AddInMemoryCollection(Settings(paths, masterKey, port, clock.Scale));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);

        builder.AddHostDefaults();
        builder.AddApiKeys();
        builder.AddDurableHost();
        builder.Services.AddDurableManagementApi();
        builder.AddCampaigns();
        builder.AddCampaignScheduler();
        builder.AddInboundResponses();

        // A queue message's lease is 10 minutes of the host's clock: on the compressed one that is a sixth of a real
        // second, which a busy machine overruns, so handlers were cancelled and the message poisoned. Real time again.
        builder.Services.PostConfigure<QueueOptions>(queues => queues.LeaseDuration = Simulated(TimeSpan.FromSeconds(30), clock.Scale, MaxQueueLease));
        builder.Services.AddInProcessVendorSandbox(replaceConfiguredVendorSettings: true);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        builder.Services.AddRealTimeVendorCalls();

        var app = builder.Build();
        app.UseHostDefaults();
        app.MapHealthApi();
        app.MapDurableManagementApi();
        app.MapCampaignApi();
        app.MapScheduleApi();
        app.MapInboundApi();
        return app;
    }

    /// <summary>
    /// The settings the demo imposes (they override every other source). The worker's lock, polling and shutdown
    /// times run on the compressed clock, so they are set long in simulated time — as long as the worker allows.
    /// </summary>
    /// <param name="paths">Where the demo keeps its files.</param>
    /// <param name="masterKey">The key.</param>
    /// <param name="port">The port.</param>
    /// <param name="scale">The time scale.</param>
    /// <returns>The settings.</returns>
    public static Dictionary<string, string?> Settings(DemoPaths paths, string masterKey, int port, double scale) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
        ["Host:Keys:Master"] = masterKey,
        ["Storage:Provider"] = StorageOptions.Sqlite,
        ["Storage:Sqlite:Path"] = paths.Database,
        ["Campaigns:Directory"] = paths.Campaigns,
        ["Durable:Worker:LockDuration"] = Format(Simulated(TimeSpan.FromSeconds(10), scale, MaxLockDuration)),
        ["Durable:Worker:MaxPollingInterval"] = Format(Simulated(TimeSpan.FromMilliseconds(500), scale, MaxPollingInterval)),
        ["Durable:Worker:ShutdownTimeout"] = Format(Simulated(TimeSpan.FromSeconds(5), scale, MaxShutdownTimeout)),

        // The demo's campaign has no schedule; the scheduler still runs, as in the service, at a real-time pace.
        ["Scheduler:PollInterval"] = Format(Simulated(TimeSpan.FromSeconds(1), scale, MaxSchedulerInterval)),
        ["Scheduler:LeaseDuration"] = Format(Simulated(TimeSpan.FromSeconds(3), scale, MaxSchedulerInterval)),
        [SandboxHostExtensions.EnabledKey] = "true",

        // The sandbox shares the host's compressed clock; its own scale stays 1 so time is not compressed twice.
        ["Sandbox:TimeScale"] = "1",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static TimeSpan Simulated(TimeSpan real, double scale, TimeSpan max) =>
        TimeSpan.FromTicks((long)Math.Min(real.Ticks * scale, max.Ticks));

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
