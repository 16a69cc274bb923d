using System.Text.Json;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Xunit.Abstractions;

namespace CampaignOrchestrator.Host.Tests.NodeClient;

/// <summary>
/// Drives the host, served by Kestrel on loopback, with the official <c>durable-functions</c> npm client (3.5.0)
/// constructed standalone from management URL templates: <c>tools/durable-functions-client/drive-host.mjs</c> starts,
/// reads, lists page by page, raises an event, terminates and purges, printing one JSON line per step.
/// </summary>
public sealed class DurableFunctionsNodeClientTests(ITestOutputHelper output)
{
    private const string RunId = "nodeclient";
    private const string ToolFolder = "tools/durable-functions-client";
    private const string InstallCommand = "npm ci --prefix tools/durable-functions-client";
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    private static readonly string[] Steps =
    [
        "client", "start", "get-status", "raise-event", "wait-for-completion", "check-status-payload", "start-more",
        "list-paged", "list-filtered", "terminate", "purge-one", "purge-by-filter", "done",
    ];

    [Fact]
    public async Task OfficialNodeClient_StartStatusRaiseListTerminatePurge_ObservesTheDurableFunctionsContract()
    {
        var root = RepositoryRoot();
        var tool = Path.Combine(root, ToolFolder);
        Assert.True(
            File.Exists(Path.Combine(tool, "node_modules", "durable-functions", "package.json")),
            $"The durable-functions npm client is not installed in {ToolFolder}/node_modules. Run `{InstallCommand}` from {root} " +
            "(./test.sh runs it when node_modules is missing).");

        using var host = new KestrelHostFactory();
        var address = host.StartServerAndGetAddress();
        Assert.Equal("127.0.0.1", address.Host);

        var run = await NodeScript.RunAsync(
            tool,
            "drive-host.mjs",
            new Dictionary<string, string>
            {
                ["DURABLE_HOST_URL"] = address.GetLeftPart(UriPartial.Authority),
                ["DURABLE_HOST_KEY"] = HostFactory.MasterKey,
                ["DURABLE_TASK_HUB"] = HostFactory.HubName,
                ["DURABLE_RUN_ID"] = RunId,
                ["DURABLE_WAIT_SECONDS"] = "30",
                ["NO_PROXY"] = "127.0.0.1,localhost",
                ["no_proxy"] = "127.0.0.1,localhost",
            },
            ScriptTimeout);
        output.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 0, $"drive-host.mjs failed against {address}.{Environment.NewLine}{run}");
        Assert.DoesNotContain(HostFactory.MasterKey, run.StandardOutput, StringComparison.Ordinal);
        var steps = ParseSteps(run.StandardOutput);
        Assert.Equal(Steps, steps.Select(step => step.Name));
        var observed = steps.ToDictionary(step => step.Name, step => step.Observed);

        Assert.Equal(HostFactory.HubName, observed["client"].GetProperty("taskHubName").GetString());
        Assert.Equal(
            $"{address.GetLeftPart(UriPartial.Authority)}/runtime/webhooks/durabletask/instances/{RunId}-approval?taskHub={HostFactory.HubName}&connection=Storage&code=***",
            observed["client"].GetProperty("statusQueryGetUri").GetString());

        var status = observed["get-status"];
        Assert.Equal(TestOrchestrations.WaitForApproval, status.GetProperty("name").GetString());
        Assert.Equal("Running", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("spring-survey", status.GetProperty("input").GetProperty("campaign").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("output").ValueKind);

        var completion = observed["wait-for-completion"];
        Assert.Equal(200, completion.GetProperty("responseStatus").GetInt32());
        Assert.True(completion.GetProperty("output").GetProperty("approved").GetBoolean());
        Assert.Equal("Completed", completion.GetProperty("runtimeStatus").GetString());

        Assert.True(observed["check-status-payload"].GetProperty("identical").GetBoolean());

        var paged = observed["list-paged"];
        Assert.Equal(2, paged.GetProperty("pageSize").GetInt32());
        Assert.Equal([2, 2, 2, 1], paged.GetProperty("pageCounts").EnumerateArray().Select(count => count.GetInt32()));
        Assert.Equal(3, paged.GetProperty("tokensSent").GetInt32());
        Assert.Equal(string.Empty, paged.GetProperty("lastTokenHeader").GetString());
        Assert.Equal(7, paged.GetProperty("instanceIds").GetArrayLength());

        var terminated = observed["terminate"];
        Assert.Equal("Terminated", terminated.GetProperty("runtimeStatus").GetString());
        Assert.Equal("stopped by the durable-functions client", terminated.GetProperty("output").GetString());

        var purgeOne = observed["purge-one"];
        Assert.Equal(1, purgeOne.GetProperty("instancesDeleted").GetInt32());
        Assert.Equal("404", purgeOne.GetProperty("getStatusAfterwards").GetString());
        Assert.Equal(0, purgeOne.GetProperty("purgeAgain").GetInt32());

        // The hub is this test's own: the filter purges exactly the run's seven finished instances, not the running one.
        var purgeByFilter = observed["purge-by-filter"];
        Assert.Equal(7, purgeByFilter.GetProperty("instancesDeleted").GetInt32());
        Assert.Equal("Running", purgeByFilter.GetProperty("keptStatus").GetString());

        // The host's own state agrees.
        var purged = purgeByFilter.GetProperty("purged").EnumerateArray().Select(id => id.GetString()!).Append($"{RunId}-page-1").ToList();
        Assert.Equal(8, purged.Count);
        foreach (var id in purged)
        {
            Assert.Null(await host.Durable.GetAsync(id));
        }

        var kept = await host.Durable.GetAsync($"{RunId}-kept");
        Assert.NotNull(kept);
        Assert.Equal(RuntimeStatus.Running, kept.Status);
        var remaining = await host.Durable.QueryAsync(new Durable.Backend.Orchestrations.InstanceQuery(InstanceIdPrefix: RunId));
        Assert.Equal($"{RunId}-kept", Assert.Single(remaining.Instances).InstanceId);
    }

    private static List<(string Name, JsonElement Observed)> ParseSteps(string standardOutput)
    {
        var steps = new List<(string, JsonElement)>();
        foreach (var line in standardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var document = JsonDocument.Parse(line);
            var observed = document.RootElement.Clone();
            Assert.False(observed.TryGetProperty("error", out var error), $"step reported an error: {error}");
            steps.Add((observed.GetProperty("step").GetString()!, observed));
        }

        return steps;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CampaignOrchestrator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds CampaignOrchestrator.sln.");
    }
}
