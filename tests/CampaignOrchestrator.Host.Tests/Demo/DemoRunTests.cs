using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Host.Demo;

namespace CampaignOrchestrator.Host.Tests.Demo;

/// <summary>
/// The demo entry point, in-process, end to end: host, sandbox, compressed clock, campaign API, management API. The
/// demo polls the run's status itself; the test only awaits the demo, with an upper bound.
/// </summary>
public sealed class DemoRunTests : IDisposable
{
    // Beyond the demo's own 3-minute timeout, so a run that hangs still returns its output, saying where it stopped.
    private static readonly TimeSpan UpperBound = TimeSpan.FromSeconds(200);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("campaign-orchestrator-demo-");

    [Fact]
    public async Task Demo_RunsTheCampaignToCompletion_AndPrintsTheReport()
    {
        using var writer = new StringWriter();

        var result = await DemoRunner.RunAsync(["--port", "0", "--data", _folder.FullName], new DemoOutput(writer, Live: false), CancellationToken.None)
            .WaitAsync(UpperBound);

        var output = writer.ToString();
        Assert.True(result.ExitCode == DemoExitCodes.Completed, output);
        var report = Assert.IsType<CampaignReport>(result.Report);
        Assert.Equal(DemoCampaign.Name, report.Campaign);
        Assert.Contains(report.Outcome, new[] { CampaignRunOutcome.TargetReached, CampaignRunOutcome.Deadline });
        Assert.Equal(2, report.Waves.Count);
        Assert.All(report.Waves, wave => Assert.True(wave.Sent > 0, $"{wave.Name} sent nothing"));
        Assert.Equal(1, report.RemindersSent);
        Assert.NotNull(report.Micropanel?.BatchId);

        // Exactly one email batch per wave and one micropanel batch reached the vendor.
        var sandbox = result.Sandbox!;
        Assert.Equal(report.Waves.Select(wave => wave.BatchId!.Value).Order(), sandbox.EmailBatchesCreated.Order());
        Assert.Equal([report.Micropanel!.BatchId!.Value], sandbox.MicropanelBatchesCreated);
        Assert.Equal((3, 1), (sandbox.EmailSends, sandbox.ReminderSends));
        Assert.True(sandbox.VendorCalls > sandbox.EmailSends, $"{sandbox.VendorCalls} vendor calls");
        Assert.Equal(0, sandbox.RateLimited);

        // What a person reads.
        Assert.Contains("Campaign report — demo-spring-nps", output, StringComparison.Ordinal);
        Assert.Contains("Response rate", output, StringComparison.Ordinal);
        Assert.Contains("Sandbox ledger: 2 email batch(es) created", output, StringComparison.Ordinal);
        Assert.Contains("1 micropanel batch(es) created", output, StringComparison.Ordinal);
        Assert.Contains("/runtime/webhooks/durabletask/instances/demo-spring-nps-", output, StringComparison.Ordinal);
        Assert.Contains("Inbound batch: 21 recorded, 1 duplicate, 1 rejected, 0 failed.", output, StringComparison.Ordinal);
        Assert.Contains("survey-screened-out: QuestionPro answered terminated", output, StringComparison.Ordinal);
        Assert.Contains("Wall time:", output, StringComparison.Ordinal);
        Assert.Contains("Demo completed.", output, StringComparison.Ordinal);
        Assert.Contains(" monitoring ", output, StringComparison.Ordinal);

        // The key is shown once, never inside a URL.
        Assert.Matches("code=\\*\\*\\*", output);
        Assert.DoesNotMatch("code=[0-9a-f]{64}", output);
        Assert.True(File.Exists(Path.Combine(_folder.FullName, DemoPaths.DatabaseFileName)));
    }

    [Fact]
    public async Task Demo_ThatRunsOutOfTime_ExitsNonZeroSayingSo()
    {
        using var writer = new StringWriter();

        var result = await DemoRunner.RunAsync(["--port", "0", "--data", _folder.FullName, "--timeout", "00:00:01"], new DemoOutput(writer, Live: false), CancellationToken.None)
            .WaitAsync(UpperBound);

        var output = writer.ToString();
        Assert.True(result.ExitCode == DemoExitCodes.TimedOut, output);
        Assert.Contains("The run did not finish within 00:00:01 (real time); stopping the demo.", output, StringComparison.Ordinal);
        Assert.Contains("Demo failed (exit code 3).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WithABadSetting_ExitsWithUsage()
    {
        using var writer = new StringWriter();

        var result = await DemoRunner.RunAsync(["--scale", "0"], new DemoOutput(writer, Live: false), CancellationToken.None);

        Assert.Equal(DemoExitCodes.Usage, result.ExitCode);
        Assert.Contains("demo: Demo:TimeScale (--scale) must be a finite number of at least 1 (was 0).", writer.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
