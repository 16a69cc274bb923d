using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;
using Xunit.Abstractions;

namespace CampaignOrchestrator.Host.Tests.Crash;

/// <summary>
/// Runs the host as a real process, starts a two-wave campaign through the campaign API against a sandbox in the test
/// process (whose ledger outlives the host), kills the host with SIGKILL once the sandbox has received wave 1 and before
/// wave 2 is due, starts a second host on the same SQLite file, and checks the run completes with exactly one send per
/// wave. Two kill points: after host #1 recorded wave 1, and while wave 1's create is in flight (the vendor has acted,
/// the host has not heard back).
/// </summary>
[Collection(HostCrashTestGroup.Name)]
public sealed class HostCrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const string MasterKey = "host-crash-test-master-key-4f1c9a";
    private const string CampaignName = "crash-two-waves";
    private const string FirstWave = "first";
    private const string SecondWave = "second";
    private const string FirstBatchName = "Crash test - first wave";
    private const string SecondBatchName = "Crash test - second wave";
    private const string ManagementBase = "/runtime/webhooks/durabletask";

    // Wave 2 is due this long after the run starts: the kill lands well before it, even when a loaded machine takes a few
    // seconds over wave 1 (its first vendor call in a fresh process).
    private const string SecondWaveStartAfter = "PT8S";

    // The killed host's work items are redelivered this long after their last lock renewal (the default is 2 minutes).
    private const string LockDuration = "00:00:05";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FastPollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ProgressPollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StatusPollInterval = TimeSpan.FromMilliseconds(200);

    private static readonly string Definition = $$"""
        {
          "name": "{{CampaignName}}",
          "survey": { "id": {{SampleAccount.SurveyId}} },
          "emailInvites": [
            {
              "name": "{{FirstWave}}",
              "mode": 1,
              "emailListId": {{SampleAccount.EmailListId}},
              "templateId": {{SampleAccount.TemplateId}},
              "batchName": "{{FirstBatchName}}"
            },
            {
              "name": "{{SecondWave}}",
              "mode": 3,
              "emailListId": {{SampleAccount.EmailListId}},
              "startAfter": "{{SecondWaveStartAfter}}",
              "batchName": "{{SecondBatchName}}",
              "emailTemplate": {
                "emailSubject": "A second chance to tell us",
                "content": "Hello again,\n\nIf you have two minutes: <SURVEY_LINK>\n\nThank you!"
              }
            }
          ],
          "monitoring": { "pollInterval": "PT15M", "runFor": "P1D" }
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("host-crash-").FullName;
    private readonly string _instanceId = "crash-run-" + Guid.NewGuid().ToString("N")[..12];

    private string DatabasePath => Path.Combine(_folder, "data", "durable.db");

    private string CampaignsDirectory => Path.Combine(_folder, "campaigns");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    /// <summary>
    /// The kill lands once host #1 has recorded wave 1 (the run's status shows its batch) and waits on the durable timer
    /// of wave 2. Host #2 replays the history, fires the timer and sends wave 2; wave 1 is not called again at all.
    /// </summary>
    [Fact]
    public async Task Sigkill_AfterWave1IsRecorded_RestartOnSameFile_SendsWave2OnceAndWave1NeverAgain()
    {
        var run = await RunAsync(KillPoint.AfterWave1Recorded);

        AssertOneSendPerWave(run);
        Assert.DoesNotContain("found at QuestionPro", WaveSentDetail(run.Report, FirstWave), StringComparison.Ordinal);
        Assert.DoesNotContain("may already have taken effect", run.SecondHostOutput, StringComparison.Ordinal);
    }

    /// <summary>
    /// The worst moment: the sandbox has created wave 1's batch (and sent its emails) but holds the answer, so the host
    /// is killed in the middle of the create. The second host gets the activity again once its lock lapses, finds the
    /// send open in its idempotency store, and must find the batch by its tag instead of creating another.
    /// </summary>
    [Fact]
    public async Task Sigkill_WhileWave1CreateIsInFlight_RestartOnSameFile_FindsTheBatchByTagAndSendsNothingTwice()
    {
        var run = await RunAsync(KillPoint.Wave1CreateInFlight);

        AssertOneSendPerWave(run);
        Assert.Contains("found at QuestionPro by its tag after an ambiguous attempt, not sent again", WaveSentDetail(run.Report, FirstWave), StringComparison.Ordinal);
        Assert.DoesNotContain("found at QuestionPro", WaveSentDetail(run.Report, SecondWave), StringComparison.Ordinal);
        Assert.Contains("not sent again", run.SecondHostOutput, StringComparison.Ordinal);
    }

    private async Task<CrashRun> RunAsync(KillPoint killPoint)
    {
        var clock = Stopwatch.StartNew();
        await using var sandbox = await VendorSandboxServer.StartAsync();
        if (killPoint == KillPoint.Wave1CreateInFlight)
        {
            // Creates are processed (batch created, emails sent, ledger written), then their answer is held until the caller goes.
            sandbox.SetFaults(new FaultSettings { CommitThenTimeoutRate = 1, Methods = ["POST"], PathPrefix = $"/a/api/v2/surveys/{SampleAccount.SurveyId}/batches" });
        }

        Directory.CreateDirectory(CampaignsDirectory);
        await File.WriteAllTextAsync(Path.Combine(CampaignsDirectory, CampaignName + ".json"), Definition);
        var settings = HostSettings(sandbox.BaseAddress);

        var first = HostProcess.Start("host #1", _folder, settings);
        HostProcess? second = null;
        try
        {
            using (var api = await ConnectAsync(first))
            {
                Log(clock, $"host #1 (pid {first.ProcessId}) listening on {api.BaseAddress}");
                using var validation = await api.PostAsync(new Uri("/api/campaigns/validate", UriKind.Relative), Json(Definition));
                Assert.True(validation.StatusCode == HttpStatusCode.OK, $"validate answered {validation.StatusCode}: {await validation.Content.ReadAsStringAsync()}");

                using var started = await api.PostAsync(new Uri($"/api/campaigns/{CampaignName}/runs?instanceId={_instanceId}", UriKind.Relative), content: null);
                Assert.True(started.StatusCode == HttpStatusCode.Accepted, $"start answered {started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
                Log(clock, $"run {_instanceId} started");
            }

            var firstCreated = await WaitForBatchAsync(sandbox, FirstBatchName, first, StepTimeout);
            if (killPoint == KillPoint.AfterWave1Recorded)
            {
                using var api = await ConnectAsync(first);
                await WaitForRecordedBatchAsync(api, first, FirstWave, StepTimeout);
            }

            var exitCode = await first.KillAsync(StepTimeout);
            Log(clock, $"wave 1's batch {BatchId(firstCreated)} seen in the ledger{(killPoint == KillPoint.AfterWave1Recorded ? " and in the run's status" : string.Empty)}; host #1 killed (exit code {exitCode})");
            Assert.True(first.HasExited);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(128 + 9, exitCode); // killed by SIGKILL
            }

            Assert.Null(FindCreated(sandbox, SecondBatchName));
            Assert.Single(sandbox.GetLedger(LedgerKinds.EmailBatchCreated));
            sandbox.SetFaults(new FaultSettings());
            output.WriteLine("What host #1 left in the store:" + Environment.NewLine + StoreSnapshot.Describe(DatabasePath, _instanceId));

            second = HostProcess.Start("host #2", _folder, settings);
            using (var api = await ConnectAsync(second))
            {
                Log(clock, $"host #2 (pid {second.ProcessId}) listening on {api.BaseAddress}");
                var secondCreated = await WaitForBatchAsync(sandbox, SecondBatchName, second, StepTimeout);
                Log(clock, $"wave 2's batch {BatchId(secondCreated)} seen in the ledger");

                using var stop = await api.PostAsync(
                    new Uri($"{ManagementBase}/instances/{_instanceId}/raiseEvent/stop", UriKind.Relative), Json("""{"by":"crash-test","reason":"both waves sent"}"""));
                Assert.True(stop.StatusCode == HttpStatusCode.Accepted, $"raiseEvent answered {stop.StatusCode}: {await stop.Content.ReadAsStringAsync()}");

                var status = await WaitForCompletionAsync(api, second, StepTimeout);
                Log(clock, $"run {status.GetProperty("runtimeStatus").GetString()}");
                Assert.True(status.GetProperty("runtimeStatus").GetString() == "Completed", $"the run ended {status}");
                return new CrashRun(sandbox.GetLedger(LedgerKinds.EmailBatchCreated), sandbox.GetLedger(LedgerKinds.EmailBatchSent), status.GetProperty("output").Clone(), second.Output);
            }
        }
        finally
        {
            await first.DisposeAsync();
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            WriteHostOutput(first);
            if (second is not null)
            {
                WriteHostOutput(second);
            }
        }
    }

    private static void AssertOneSendPerWave(CrashRun run)
    {
        // Exactly one batch per wave, and nothing else: the sandbox's seeded batches are not in its ledger.
        Assert.Equal(2, run.Created.Count);
        var first = Assert.Single(run.Created, entry => BatchName(entry).StartsWith(FirstBatchName + " [co:", StringComparison.Ordinal));
        var second = Assert.Single(run.Created, entry => BatchName(entry).StartsWith(SecondBatchName + " [co:", StringComparison.Ordinal));
        Assert.Equal(1, first.Details.GetProperty("mode").GetInt32());
        Assert.Equal(SampleAccount.TemplateId, first.Details.GetProperty("templateId").GetInt64());
        Assert.Equal(3, second.Details.GetProperty("mode").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.Details.GetProperty("templateId").ValueKind);

        // Each batch went out once, at its creation: no reminder, no second send.
        Assert.Equal(2, run.Sent.Count);
        Assert.Single(run.Sent, entry => BatchId(entry) == BatchId(first));
        Assert.Single(run.Sent, entry => BatchId(entry) == BatchId(second));
        Assert.All(run.Sent, entry => Assert.False(entry.Details.GetProperty("reminder").GetBoolean()));

        // The run's output reports both waves with those batches.
        var waves = Property(run.Report, "waves").EnumerateArray().ToList();
        Assert.Equal(2, waves.Count);
        Assert.Equal(FirstWave, Property(waves[0], "name").GetString());
        Assert.Equal(BatchId(first), Property(waves[0], "batchId").GetInt64());
        Assert.Equal(SecondWave, Property(waves[1], "name").GetString());
        Assert.Equal(BatchId(second), Property(waves[1], "batchId").GetInt64());
        Assert.Contains("stopped by crash-test", Property(run.Report, "outcomeDetail").GetString(), StringComparison.Ordinal);
    }

    private static string WaveSentDetail(JsonElement report, string wave)
    {
        var entries = Property(report, "timeline").EnumerateArray()
            .Where(entry => Property(entry, "event").GetString() == "wave-sent")
            .Select(entry => Property(entry, "detail").GetString() ?? string.Empty)
            .Where(detail => detail.StartsWith($"Wave '{wave}' sent", StringComparison.Ordinal))
            .ToList();
        return Assert.Single(entries);
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"'{name}' is not in {element}");

    private Dictionary<string, string> HostSettings(Uri sandbox) => new()
    {
        ["Host__Keys__Master"] = MasterKey,
        ["Storage__Sqlite__Path"] = DatabasePath,
        ["QuestionPro__BaseUrl"] = sandbox.ToString(),
        ["QuestionPro__ApiKey"] = SampleAccount.ApiKey,
        ["SatisMeter__BaseUrl"] = sandbox.ToString(),
        ["SatisMeter__WriteKey"] = SampleAccount.WriteKey,
        ["Campaigns__Directory"] = CampaignsDirectory,
        ["Durable__Worker__LockDuration"] = LockDuration,
        ["Durable__Worker__MaxPollingInterval"] = "00:00:00.250",
    };

    private static async Task<HttpClient> ConnectAsync(HostProcess host)
    {
        var address = await host.Listening.WaitAsync(StartTimeout);
        var api = new HttpClient { BaseAddress = address, Timeout = StepTimeout };
        try
        {
            api.DefaultRequestHeaders.Add("x-functions-key", MasterKey);
            using var alive = await api.GetAsync(new Uri("/alive", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            return api;
        }
        catch
        {
            api.Dispose();
            throw;
        }
    }

    // A bounded poll of the in-process ledger: cheap, so it runs often and the kill lands close behind the create.
    private static async Task<LedgerEntry> WaitForBatchAsync(VendorSandboxServer sandbox, string batchName, HostProcess host, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (FindCreated(sandbox, batchName) is { } entry)
            {
                return entry;
            }

            if (host.HasExited || waited.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"The sandbox received no batch named '{batchName} [co:...]' within {waited.Elapsed.TotalSeconds:F1} s ({host.Name} {(host.HasExited ? "exited" : "runs")}).{Environment.NewLine}{host.Output}");
            }

            await Task.Delay(FastPollInterval);
        }
    }

    // A bounded poll of the status route: 202 while the run goes on, 200 once it has finished.
    private async Task<JsonElement> WaitForCompletionAsync(HttpClient api, HostProcess host, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await api.GetAsync(new Uri($"{ManagementBase}/instances/{_instanceId}", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"status answered {response.StatusCode}: {body}");
                using var document = JsonDocument.Parse(body);
                return document.RootElement.Clone();
            }

            if (host.HasExited || waited.Elapsed > timeout)
            {
                throw new TimeoutException($"The run did not finish within {waited.Elapsed.TotalSeconds:F1} s; last status {body}.{Environment.NewLine}{host.Output}");
            }

            await Task.Delay(StatusPollInterval);
        }
    }

    // A bounded poll of the status route until the run's custom status shows the wave's batch, i.e. its result is committed.
    private async Task WaitForRecordedBatchAsync(HttpClient api, HostProcess host, string wave, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await api.GetAsync(new Uri($"{ManagementBase}/instances/{_instanceId}?showInput=false", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"status answered {response.StatusCode}: {body}");
            using (var document = JsonDocument.Parse(body))
            {
                if (document.RootElement.TryGetProperty("customStatus", out var status)
                    && status.ValueKind == JsonValueKind.Object
                    && Property(status, "waves").EnumerateArray().Any(entry => Property(entry, "name").GetString() == wave && Property(entry, "batchId").ValueKind == JsonValueKind.Number))
                {
                    return;
                }
            }

            if (host.HasExited || waited.Elapsed > timeout)
            {
                throw new TimeoutException($"The run's status did not show wave '{wave}' sent within {waited.Elapsed.TotalSeconds:F1} s; last status {body}.{Environment.NewLine}{host.Output}");
            }

            await Task.Delay(ProgressPollInterval);
        }
    }

    private static LedgerEntry? FindCreated(VendorSandboxServer sandbox, string batchName) =>
        sandbox.GetLedger(LedgerKinds.EmailBatchCreated).FirstOrDefault(entry => BatchName(entry).StartsWith(batchName + " [co:", StringComparison.Ordinal));

    private static string BatchName(LedgerEntry entry) =>
        entry.Details.TryGetProperty("batchName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : string.Empty;

    private static long BatchId(LedgerEntry entry) => entry.Details.GetProperty("batchId").GetInt64();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private void Log(Stopwatch clock, string message) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,5:F1} s] {message}"));

    private void WriteHostOutput(HostProcess host) =>
        output.WriteLine($"--- {host.Name} (pid {host.ProcessId}) output ---{Environment.NewLine}{host.Output}");

    /// <summary>When host #1 is killed, wave 1's batch being in the sandbox's ledger in both cases.</summary>
    private enum KillPoint
    {
        /// <summary>Once the run's status shows wave 1's batch: the send is recorded, the run waits on wave 2's timer.</summary>
        AfterWave1Recorded,

        /// <summary>While the sandbox holds the answer of wave 1's create, after creating the batch: the send is open.</summary>
        Wave1CreateInFlight,
    }

    private sealed record CrashRun(IReadOnlyList<LedgerEntry> Created, IReadOnlyList<LedgerEntry> Sent, JsonElement Report, string SecondHostOutput);
}
