using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Durable.Testing;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>
/// The inbound-responses orchestration on one fake clock, against an in-process sandbox whose simulated time is that
/// clock (see <see cref="SandboxedEngine"/>). Every retry is a durable one, visible as a timer, which
/// <see cref="RunAsync"/> fires by moving the clock when the work has stopped.
/// </summary>
internal sealed class InboundTestEnvironment : IAsyncDisposable
{
    public static readonly InboundProcessingSettings Settings = new() { ChunkSize = 50, MaxParallelChunks = 3, FirstRetryInterval = TimeSpan.FromSeconds(2), MaxAttempts = 8 };

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(250);

    private InboundTestEnvironment(FakeTimeProvider time, VendorSandboxServer sandbox, DurableTestHost host)
    {
        Time = time;
        Sandbox = sandbox;
        Host = host;
    }

    public FakeTimeProvider Time { get; }

    public VendorSandboxServer Sandbox { get; }

    public DurableTestHost Host { get; }

    public DurableClient Client => Host.Client;

    /// <summary>The responses SatisMeter recorded, in order.</summary>
    public IReadOnlyList<System.Text.Json.JsonElement> SatisMeterRecorded =>
        [.. Sandbox.GetLedger("satismeter.response.recorded").Select(e => e.Details)];

    public static async Task<InboundTestEnvironment> StartAsync(Action<IServiceCollection>? configure = null, Action<SandboxOptions>? configureSandbox = null)
    {
        var (time, sandbox, host) = await SandboxedEngine.StartAsync(
            engine => engine.AddInboundResponses(),
            (services, sandbox) =>
            {
                services.AddSatisMeter(o => SandboxedEngine.Direct(o, sandbox));
                services.AddQuestionPro(o => SandboxedEngine.Direct(o, sandbox));
                configure?.Invoke(services);
            },
            configureSandbox);
        return new InboundTestEnvironment(time, sandbox, host);
    }

    /// <summary>Starts a message's orchestration (instance id from the message id) and drives it to its end.</summary>
    public async Task<InstanceState> RunAsync(string messageId, IReadOnlyList<InboundResponse> responses, InboundProcessingSettings? settings = null)
    {
        var instanceId = "inbound-" + messageId;
        await Client.StartAsync(InboundResponsesOrchestrator.Name, new InboundResponsesInput(messageId, responses, settings ?? Settings), new StartOrchestrationOptions(instanceId));
        return await DriveAsync(instanceId);
    }

    /// <summary>
    /// Waits for the instance to finish. Whenever a quiet period passes without it finishing, the clock moves to the
    /// earliest pending timer of the instance or its chunks (a durable retry), so retries fire without sleeping.
    /// </summary>
    public async Task<InstanceState> DriveAsync(string instanceId)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            try
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
                quiet.CancelAfter(QuietPeriod);
                return await Client.WaitUntilAsync(instanceId, false, IsFinished, quiet.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                var stuck = await Client.GetAsync(instanceId, includeHistory: true);
                var events = string.Join(", ", stuck?.History?.Select(e => e.GetType().Name) ?? []);
                Assert.Fail($"{instanceId} did not finish within {Timeout}: {stuck?.Status}, status {stuck?.CustomStatus}, history {events}");
            }
            catch (OperationCanceledException)
            {
                if (await EarliestPendingTimerAsync(instanceId) is { } next && next > Time.GetUtcNow())
                {
                    Time.SetUtcNow(next);
                    await Client.StartAsync(WorkerNudge.Name);
                }
            }
        }
    }

    public static InboundResponsesSummary SummaryOf(InstanceState state)
    {
        Assert.True(state.Status == RuntimeStatus.Completed, $"The instance ended {state.Status}: {state.Failure}");
        return DataConverter.Deserialize<InboundResponsesSummary>(state.Output)!;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    private static bool IsFinished(InstanceState state) =>
        state.Status is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated;

    private async Task<DateTimeOffset?> EarliestPendingTimerAsync(string instanceId)
    {
        DateTimeOffset? earliest = null;
        await foreach (var instance in Client.QueryAllAsync(new InstanceQuery([RuntimeStatus.Running], InstanceIdPrefix: instanceId, IncludeInput: false)))
        {
            var history = (await Client.GetAsync(instance.InstanceId, includeHistory: true))?.History ?? [];
            var fired = history.OfType<TimerFired>().Select(e => e.TimerId).ToHashSet();
            foreach (var timer in history.OfType<TimerCreated>().Where(e => !fired.Contains(e.TaskId)))
            {
                earliest = earliest is null || timer.FireAt < earliest ? timer.FireAt : earliest;
            }
        }

        return earliest;
    }
}
