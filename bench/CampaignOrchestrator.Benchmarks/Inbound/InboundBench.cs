using System.Diagnostics;
using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Durable.Testing;
using CampaignOrchestrator.Durable.Worker;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>
/// The <c>InboundResponses</c> orchestration on the SQLite engine (real clock) with the SatisMeter client pointed at an
/// in-process sandbox; the same rate limit, or none, on both sides.
/// </summary>
internal sealed class InboundBench : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    private InboundBench(VendorSandboxServer sandbox, DurableTestHost host)
    {
        Sandbox = sandbox;
        Host = host;
    }

    public VendorSandboxServer Sandbox { get; }

    public DurableTestHost Host { get; }

    /// <summary>How many activities the worker runs at once.</summary>
    public int ActivityConcurrency => Host.Services.GetRequiredService<IOptions<DurableWorkerOptions>>().Value.MaxConcurrentActivities;

    /// <summary>Starts a sandbox and the engine; <paramref name="rateLimit"/> null means no limit on either side.</summary>
    public static async Task<InboundBench> StartAsync(BenchmarkArguments arguments, RateLimitOptions? rateLimit)
    {
        var sandbox = await VendorSandboxServer.StartAsync(o => o.SatisMeterRateLimit = rateLimit);
        try
        {
            var host = await DurableTestHost.StartAsync(
                engine => engine.AddInboundResponses(),
                options =>
                {
                    options.ConfigureServices = services => services
                        .AddSatisMeter(o =>
                        {
                            o.BaseUrl = sandbox.BaseAddress;
                            o.WriteKey = SampleAccount.WriteKey;
                            o.RateLimit = rateLimit is null
                                ? new CallRateLimitOptions { PermitLimit = 10_000_000, Window = TimeSpan.FromSeconds(1) }
                                : new CallRateLimitOptions { PermitLimit = rateLimit.PermitLimit, Window = rateLimit.Window };
                        })
                        .AddQuestionPro(o =>
                        {
                            o.BaseUrl = sandbox.BaseAddress;
                            o.ApiKey = SampleAccount.ApiKey;
                        });
                    options.ConfigureWorker = worker =>
                    {
                        worker.MaxPollingInterval = TimeSpan.FromSeconds(1);
                        worker.MaxConcurrentOrchestrations = arguments.Int("orchestration-concurrency", worker.MaxConcurrentOrchestrations);
                        worker.MaxConcurrentActivities = arguments.Int("activity-concurrency", worker.MaxConcurrentActivities);
                    };
                });
            return new InboundBench(sandbox, host);
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one message to its end, checks that it recorded every response, and returns the seconds from its start to its completion.</summary>
    public async Task<double> RecordAsync(
        string messageId, IReadOnlyList<InboundResponse> responses, InboundProcessingSettings settings)
    {
        var instanceId = "inbound-" + messageId;
        var started = Stopwatch.GetTimestamp();
        await Host.Client.StartAsync(InboundResponsesOrchestrator.Name, new InboundResponsesInput(messageId, responses, settings), new StartOrchestrationOptions(instanceId));
        using var timeout = new CancellationTokenSource(Timeout);
        var state = await Host.Client.WaitForCompletionAsync(instanceId, cancellationToken: timeout.Token);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        BenchmarkResult.ThrowIfNotCompleted(state);
        var summary = DataConverter.Deserialize<InboundResponsesSummary>(state.Output)!;
        if (summary.Recorded != responses.Count)
        {
            throw new InvalidOperationException(
                $"Instance {instanceId} recorded {summary.Recorded} of {responses.Count} responses: {summary.Duplicate} duplicate, "
                + $"{summary.Rejected.Count} rejected{FirstReason(summary.Rejected)}, {summary.Failed.Count} failed{FirstReason(summary.Failed)}.");
        }

        return seconds;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    private static string FirstReason(IReadOnlyList<ResponseProblem> problems) => problems.Count == 0 ? "" : $" (first: {problems[0].Reason})";
}
