using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using CampaignOrchestrator.Host.Hosting;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// The demo: starts the host on embedded defaults and a compressed clock, starts the demo campaign through the campaign
/// API, follows it through the management API with live progress, prints the report, the management URLs, the wall
/// time and what the sandbox received, and stops everything.
/// </summary>
internal static class DemoRunner
{
    /// <summary>The port of Azure Functions Core Tools, used when it is free.</summary>
    public const int PreferredPort = HostStartup.DefaultPort;

    /// <summary>Runs the demo.</summary>
    /// <param name="args">The command line after <c>demo</c>.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Stops the demo.</param>
    /// <returns>How it went.</returns>
    public static async Task<DemoResult> RunAsync(string[] args, DemoOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var started = TimeProvider.System.GetTimestamp();
        var (settings, problems) = DemoSettings.Read(args);
        if (settings is null)
        {
            foreach (var problem in problems)
            {
                output.Line($"demo: {problem}");
            }

            return new DemoResult(DemoExitCodes.Usage, null, null, TimeProvider.System.GetElapsedTime(started));
        }

        var paths = DemoPaths.For(settings.DataDirectory);
        SqliteConnection.ClearAllPools();
        paths.Reset();
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var clock = new ScaledTimeProvider(settings.TimeScale);
        DemoCampaign.WriteTo(paths.Campaigns, clock.GetUtcNow());
        output.Line($"CampaignOrchestrator demo: campaign '{DemoCampaign.Name}' against the in-process vendor sandbox.");
        output.Line($"Simulated time runs {settings.TimeScale:0.##} times faster than real time (one real second = {TimeSpan.FromSeconds(settings.TimeScale):c} simulated).");
        output.Line($"Database {paths.Database} (recreated for every demo run).");

        DemoResult result;
        var app = await StartHostAsync(settings, paths, key, clock, args, output, cancellationToken);
        if (app is null)
        {
            return new DemoResult(DemoExitCodes.Failed, null, null, TimeProvider.System.GetElapsedTime(started));
        }

        try
        {
            result = await DemoSession.RunAsync(app, settings, key, clock, output, cancellationToken);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }

        var wall = TimeProvider.System.GetElapsedTime(started);
        output.Line($"Wall time: {DemoFormat.Seconds(wall)} (host start-up and shutdown included).");
        output.Line(result.ExitCode == DemoExitCodes.Completed ? "Demo completed." : $"Demo failed (exit code {result.ExitCode}).");
        return result with { WallTime = wall };
    }

    // Starts the host on the configured port, or on 7071 when it is free and any free port otherwise.
    private static async Task<WebApplication?> StartHostAsync(
        DemoSettings settings, DemoPaths paths, string key, ScaledTimeProvider clock, string[] args, DemoOutput output, CancellationToken cancellationToken)
    {
        var port = settings.Port ?? (IsFree(PreferredPort) ? PreferredPort : 0);
        while (true)
        {
            var app = DemoHost.Build(paths, key, port, clock, args);
            try
            {
                await app.StartAsync(cancellationToken);
                return app;
            }
            catch (Exception exception)
            {
                await app.DisposeAsync();
                if (exception is OperationCanceledException)
                {
                    throw;
                }

                if (exception is not IOException || settings.Port is not null || port == 0)
                {
                    output.Line($"The host could not start: {exception.Message}");
                    return null;
                }

                // 7071 was taken between the check and the start.
                port = 0;
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
