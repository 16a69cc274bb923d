using CampaignOrchestrator.Host.Hosting;
using CampaignOrchestrator.Host.Management.Payloads;
using CampaignOrchestrator.Host.Sandbox;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>The demo's part while the host runs: start the run over HTTP, follow it, print what it did.</summary>
internal static class DemoSession
{
    /// <summary>Runs the campaign on a started host.</summary>
    /// <param name="app">The started host.</param>
    /// <param name="settings">The demo settings.</param>
    /// <param name="key">The master key.</param>
    /// <param name="clock">The compressed clock.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Stops the demo.</param>
    /// <returns>How it went (the wall time is filled in by the caller).</returns>
    public static async Task<DemoResult> RunAsync(
        WebApplication app, DemoSettings settings, string key, ScaledTimeProvider clock, DemoOutput output, CancellationToken cancellationToken)
    {
        var address = new Uri(app.Urls.First().TrimEnd('/') + "/");
        var sandbox = app.Services.GetRequiredService<InProcessVendorSandbox>();
        output.Line($"Host on {address} (loopback only), vendor sandbox on {sandbox.BaseAddress}.");
        output.Line();

        using var http = DemoApiClient.CreateHttpClient(address, key);
        var api = new DemoApiClient(http);
        var runStarted = TimeProvider.System.GetTimestamp();
        var simulatedStart = clock.GetUtcNow();
        DemoRunStatus? status = null;
        CheckStatusPayload? check = null;
        int exitCode;

        // Ctrl+C reaches the host too (its console lifetime stops it), so either one stops the demo.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            check = await api.StartCampaignAsync(DemoCampaign.Name, timeout.Token);
            output.Line($"Started run {check.Id} with POST {address}api/campaigns/{DemoCampaign.Name}/runs; following it through the management API:");
            var view = new ProgressView(output, clock, clock.GetUtcNow());
            status = await FollowAsync(api, new Uri(check.StatusQueryGetUri), view, settings.StatusPollInterval, timeout.Token);
            exitCode = status is { RuntimeStatus: "Completed", Report: not null } ? DemoExitCodes.Completed : DemoExitCodes.Failed;
            output.Line();
            if (exitCode == DemoExitCodes.Completed && !await DemoInbound.RunAsync(api, output, settings.StatusPollInterval, timeout.Token))
            {
                exitCode = DemoExitCodes.Failed;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or DemoException or HttpRequestException)
        {
            output.Line();
            if (stop.IsCancellationRequested)
            {
                output.Line("Cancelled; stopping the demo.");
                exitCode = DemoExitCodes.Cancelled;
            }
            else if (timeout.IsCancellationRequested)
            {
                output.Line($"The run did not finish within {settings.Timeout:c} (real time); stopping the demo.");
                exitCode = DemoExitCodes.TimedOut;
            }
            else
            {
                output.Line($"The demo could not follow the run: {exception.Message}");
                exitCode = DemoExitCodes.Failed;
            }
        }

        var runTime = TimeProvider.System.GetElapsedTime(runStarted);
        var simulated = status?.Report is { } ended ? ended.EndedAt - ended.StartedAt : clock.GetUtcNow() - simulatedStart;
        output.Line();
        if (status?.Report is { } report)
        {
            ReportView.Write(output, report);
        }
        else if (status is not null)
        {
            output.Line($"The run ended {status.RuntimeStatus}: {status.Message ?? "(no output)"}");
        }

        output.Line();
        if (check is not null)
        {
            WriteManagementUris(output, check, key);
        }

        // A host stopped by Ctrl+C has stopped its sandbox too.
        var summary = stop.IsCancellationRequested ? null : SandboxSummary.From(sandbox.Sandbox);
        summary?.WriteTo(output);
        output.Line($"Run time: {DemoFormat.Seconds(runTime)} real for {DemoFormat.Offset(simulated)} simulated.");
        return new DemoResult(exitCode, status?.Report, summary, TimeSpan.Zero);
    }

    private static async Task<DemoRunStatus> FollowAsync(DemoApiClient api, Uri statusUri, ProgressView view, TimeSpan interval, CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = await api.GetStatusAsync(statusUri, cancellationToken);
            view.Show(status);
            if (status.IsFinished)
            {
                return status;
            }

            await Task.Delay(interval, cancellationToken);
        }
    }

    private static void WriteManagementUris(DemoOutput output, CheckStatusPayload check, string key)
    {
        output.Line($"Management API of run {check.Id} (code=*** is the master key {key}: random, valid only while the demo runs):");
        var uris = new TextTable("Operation", "URI")
            .Add("status", Redact(check.StatusQueryGetUri))
            .Add("raise event", Redact(check.SendEventPostUri))
            .Add("terminate", Redact(check.TerminatePostUri))
            .Add("suspend", Redact(check.SuspendPostUri))
            .Add("resume", Redact(check.ResumePostUri))
            .Add("restart", Redact(check.RestartPostUri))
            .Add("purge history", Redact(check.PurgeHistoryDeleteUri));
        uris.WriteTo(output);
        output.Line();
    }

    private static string Redact(string uri)
    {
        var query = uri.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? uri : uri[..query] + QueryRedaction.Redact(new QueryString(uri[query..]));
    }
}
